package com.referralcoach.core.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Indexes.ascending;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.referralcoach.core.domain.Activity;
import com.referralcoach.core.domain.Money;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.Tally;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ActivityTally;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * Activity counts in {@code tallies}, one small document per rep and UTC week ({@link TallyMapper}): recording is one
 * upsert with {@code $inc}; reading asks for the reps' weeks in one {@code {ws, rep: {$in}, week: {$in}}} query, point
 * lookups on the {ws, rep, week} index on real MongoDB and on the embedded store alike.
 */
final class MongoActivityTally implements ActivityTally {
    /** Above this many candidate ids (years of weeks for many reps), one range query on {ws, rep, week} instead. */
    static final long MOST_IDS = 20_000;
    /** Reads are clamped to instants whose week starts a BSON date can hold. */
    private static final Instant EARLIEST = Instant.ofEpochMilli(Long.MIN_VALUE / 2);
    private static final Instant LATEST = Instant.ofEpochMilli(Long.MAX_VALUE / 2);
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> collection;
    private final WorkspaceCollection<Document> weeks;

    MongoActivityTally(MongoCollection<Document> collection) {
        this.collection = collection;
        this.weeks = new WorkspaceCollection<>(collection, d -> d);
    }

    /** Creates the index of the range query, then the tally over {@code database}'s {@code tallies}. */
    static MongoActivityTally open(MongoDatabase database) {
        StoreIndexes.create(database, Collections.TALLIES, "ws_rep_week",
                ascending(Fields.WS, Fields.REP, Fields.WEEK));
        return new MongoActivityTally(MongoCoachStore.collection(database, Collections.TALLIES));
    }

    @Override
    public void record(Activity activity) {
        Document id = new Document(Fields.ID,
                TallyMapper.idOf(activity.workspace(), activity.rep(), TallyMapper.mondayOf(activity.at())));
        Document update = TallyMapper.update(activity);
        MongoCalls.run("record an activity", () -> {
            try {
                collection.updateOne(id, update, UPSERT);
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                collection.updateOne(id, update, UPSERT); // a concurrent first write of the week won: $inc on it
            }
        });
    }

    @Override
    public void amend(Activity counted, Optional<Money> before) {
        Document id = new Document(Fields.ID,
                TallyMapper.idOf(counted.workspace(), counted.rep(), TallyMapper.mondayOf(counted.at())));
        Document change = TallyMapper.amendment(counted, before);
        if (!change.isEmpty()) {
            MongoCalls.run("correct an amount won", () -> collection.updateOne(id, new Document("$inc", change)));
        }
    }

    @Override
    public void retract(Activity counted) {
        Document id = new Document(Fields.ID,
                TallyMapper.idOf(counted.workspace(), counted.rep(), TallyMapper.mondayOf(counted.at())));
        MongoCalls.run("take back a count", () -> {
            Document week = collection.find(id).first();
            if (week != null && TallyMapper.countOf(week, counted) > 0) {
                collection.updateOne(id, new Document("$inc", TallyMapper.retraction(counted)));
            }
        });
    }

    @Override
    public List<Tally> read(WorkspaceId workspace, Collection<RepId> reps, Instant from, Instant to) {
        Instant start = from.isBefore(EARLIEST) ? EARLIEST : from;
        Instant end = to.isAfter(LATEST) ? LATEST : to;
        if (reps.isEmpty() || !start.isBefore(end)) {
            return List.of();
        }
        List<RepId> distinct = reps.stream().distinct().toList();
        LocalDate first = TallyMapper.mondayOf(start);
        LocalDate last = TallyMapper.mondayOf(end.minusNanos(1));
        long weekCount = ChronoUnit.WEEKS.between(first, last) + 1;
        List<Document> found = weekCount * distinct.size() <= MOST_IDS
                ? weeks.find(workspace, and(in(Fields.REP, distinct.stream().map(RepId::value).toList()),
                        in(Fields.WEEK, weekStarts(first, weekCount))), Sorts.ascending(Fields.ID), 0)
                : weeks.find(workspace, and(in(Fields.REP, distinct.stream().map(RepId::value).toList()),
                        gte(Fields.WEEK, StoredFields.date(TallyMapper.startOf(first))),
                        lte(Fields.WEEK, StoredFields.date(TallyMapper.startOf(last)))), Sorts.ascending(Fields.ID), 0);
        List<Tally> tallies = new ArrayList<>();
        found.forEach(document -> tallies.addAll(TallyMapper.toTallies(document, start, end)));
        return tallies;
    }

    /** The stored start of each week from {@code first} on. */
    private static List<java.util.Date> weekStarts(LocalDate first, long weekCount) {
        List<java.util.Date> starts = new ArrayList<>();
        for (long week = 0; week < weekCount; week++) {
            starts.add(StoredFields.date(TallyMapper.startOf(first.plusWeeks(week))));
        }
        return starts;
    }
}
