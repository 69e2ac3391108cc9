package com.referralcoach.core.store.mongo;

import static com.referralcoach.core.store.StoreSamples.ACME;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import com.referralcoach.core.domain.Activity;
import com.referralcoach.core.domain.ActivityKind;
import com.referralcoach.core.domain.Money;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.Tally;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A team's 14-week read over a year of history (100 reps, 150,000 activities) through the driver. */
@ExtendWith(EmbeddedMongo.class)
class MongoActivityTallyVolumeTest {
    private static final int REPS = 100;
    private static final int ACTIVITIES = 150_000;
    static final Instant YEAR_START = Instant.parse("2024-12-30T00:00:00Z");
    private static final ActivityKind[] KINDS = ActivityKind.values();

    @Test
    void aTeamsFourteenWeeksReadBackExactlyFromAYearOfHistory(MongoDatabase database) {
        MongoActivityTally tallies = MongoActivityTally.open(database);
        List<Activity> year = year();
        long seeding = System.nanoTime();
        seed(database.getCollection(Collections.TALLIES), year);
        seeding = System.nanoTime() - seeding;
        List<RepId> team = IntStream.range(0, REPS).mapToObj(MongoActivityTallyVolumeTest::rep).toList();
        Instant to = YEAR_START.plus(Duration.ofDays(7 * 40));
        Instant from = to.minus(Duration.ofDays(7 * 14)).plus(Duration.ofHours(23));
        long expected = year.stream().filter(a -> !Tally.slotOf(a.at()).isBefore(from) && a.at().isBefore(to))
                .count();
        long[] millis = new long[3];
        for (int run = 0; run < millis.length; run++) {
            long started = System.nanoTime();
            List<Tally> read = tallies.read(ACME, team, from, to);
            millis[run] = Duration.ofNanos(System.nanoTime() - started).toMillis();
            assertThat(read.stream().mapToLong(Tally::count).sum()).isEqualTo(expected);
        }
        long recording = System.nanoTime();
        year.subList(0, 500).forEach(tallies::record);
        recording = System.nanoTime() - recording;
        System.out.printf("tally volume: seeded %d week documents in %d ms; 14-week reads of %d reps: %d, %d,"
                        + " %d ms; record(): %.2f ms each%n", database.getCollection(Collections.TALLIES)
                        .countDocuments(), seeding / 1_000_000, REPS, millis[0], millis[1], millis[2],
                recording / 500 / 1e6);
    }

    static RepId rep(int i) {
        return new RepId("U-REP-" + i);
    }

    static List<Activity> year() {
        Random random = new Random(42);
        List<Activity> activities = new ArrayList<>(ACTIVITIES);
        for (int i = 0; i < ACTIVITIES; i++) {
            Instant at = YEAR_START.plusSeconds(random.nextInt(364 * 24 * 3600));
            ActivityKind kind = KINDS[random.nextInt(KINDS.length)];
            Optional<Money> amount = kind == ActivityKind.LEAD_WON && random.nextBoolean()
                    ? Optional.of(new Money(BigDecimal.valueOf(random.nextInt(100_000), 2), Optional.of("$")))
                    : Optional.empty();
            activities.add(new Activity(ACME, rep(i % REPS), kind, at, amount));
        }
        return activities;
    }

    /** The year's updates merged per week document (the same $inc as record()), in bulk writes. */
    static void seed(MongoCollection<Document> collection, List<Activity> activities) {
        Map<String, Document> updates = new LinkedHashMap<>();
        for (Activity activity : activities) {
            Document update = TallyMapper.update(activity);
            String id = TallyMapper.idOf(activity.workspace(), activity.rep(), TallyMapper.mondayOf(activity.at()));
            Document merged = updates.computeIfAbsent(id, k -> new Document("$setOnInsert",
                    update.get("$setOnInsert")).append("$inc", new Document()));
            update.get("$inc", Document.class).forEach((path, value) -> merged.get("$inc", Document.class)
                    .merge(path, value, MongoActivityTallyVolumeTest::sum));
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        updates.forEach((id, update) -> writes.add(new UpdateOneModel<>(new Document(Fields.ID, id), update,
                new UpdateOptions().upsert(true))));
        for (int start = 0; start < writes.size(); start += 500) {
            collection.bulkWrite(writes.subList(start, Math.min(writes.size(), start + 500)));
        }
    }

    private static Object sum(Object a, Object b) {
        return a instanceof Decimal128 x && b instanceof Decimal128 y
                ? new Decimal128(x.bigDecimalValue().add(y.bigDecimalValue())) : (Long) a + (Long) b;
    }
}
