package com.referralcoach.core.store.mongo;

import static com.referralcoach.core.store.StoreSamples.ACME;
import static com.referralcoach.core.store.StoreSamples.ANA;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.ReminderId;
import com.referralcoach.core.domain.ReminderStatus;
import com.referralcoach.core.port.ReminderQueue;
import com.referralcoach.core.store.ReminderQueueFixture;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The dispatcher's side on the embedded server: concurrent owners, and what claiming reads. */
@ExtendWith(EmbeddedMongo.class)
class MongoReminderDispatchTest extends ReminderQueueFixture {
    private MongoDatabase database;
    private MongoReminderQueue queue;

    @BeforeEach
    void open(MongoDatabase database) {
        this.database = database;
        queue = (MongoReminderQueue) MongoCoachStore.open(database, clock).reminders();
    }

    @Override
    protected ReminderQueue queue() {
        return queue;
    }

    @Test
    void fourOwnersOnTwoClientsClaimEveryReminderExactlyOnce(ConnectionString server) throws Exception {
        int total = 2_000;
        IntStream.range(0, total).forEach(i -> scheduled("r" + i, at(i % 3)));
        Map<ReminderId, AtomicInteger> claims = new ConcurrentHashMap<>();
        AtomicInteger sent = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (MongoClient second = MongoClients.create(server)) {
            ReminderQueue other = MongoCoachStore.open(second.getDatabase(database.getName()), clock).reminders();
            List<Future<?>> owners = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                ReminderQueue mine = i % 2 == 0 ? queue : other;
                String owner = "owner-" + i;
                owners.add(pool.submit(() -> {
                    start.await();
                    while (sent.get() < total) {
                        List<ReminderId> batch = mine.claimDue(at(5), owner, LEASE, 50).stream()
                                .map(Reminder::id).toList();
                        batch.forEach(id -> claims.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet());
                        mine.markSent(batch, owner, at(5));
                        sent.addAndGet(batch.size());
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> owner : owners) {
                owner.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(claims).hasSize(total);
        assertThat(claims.values()).allSatisfy(n -> assertThat(n.get()).isOne());
        assertThat(sent.get()).isEqualTo(total);
        assertThat(database.getCollection("reminders").countDocuments(new Document("status", "SENT")))
                .isEqualTo(total);
    }

    @Test
    void aClaimReadsAboutAsManyRemindersAsItReturns() {
        IntStream.range(0, 300).forEach(i -> scheduled("due" + i, at(0)));
        IntStream.range(0, 300).forEach(i -> scheduled("future" + i, at(60 * 24)));
        long before = queue.documentsRead();
        List<ReminderId> first = claim(at(1), A, 10);
        assertThat(first).hasSize(10);
        assertThat(queue.documentsRead() - before).isLessThanOrEqualTo(20);
        queue.markSent(first, A, at(1));
        before = queue.documentsRead();
        assertThat(claim(at(1), A, 10)).hasSize(10).doesNotContainAnyElementsOf(first);
        assertThat(queue.documentsRead() - before).isLessThanOrEqualTo(20 + 10);
    }

    @Test
    void aFinishedMinuteIsPassedAndNotReadAgain() {
        List<ReminderId> early = IntStream.range(0, 20).mapToObj(i -> scheduled("early" + i, at(0)).id()).toList();
        assertThat(claim(at(0), A, 100)).containsExactlyInAnyOrderElementsOf(early);
        queue.markSent(early, A, at(0));
        // A pointer a crash left behind: the reminder was marked sent, its pointer not yet removed.
        long key = ReminderSlots.key(ReminderSlots.minute(at(0)), early.get(0).value());
        database.getCollection("reminderSlots").updateOne(new Document("_id", key),
                new Document("$addToSet", new Document("ids", early.get(0).value())));
        Reminder later = scheduled("later", at(30));

        assertThat(claim(at(1), A, 100)).isEmpty();
        assertThat(watermark()).isEqualTo(ReminderSlots.minute(at(0)));
        assertThat(claim(at(10), A, 100)).isEmpty();
        assertThat(watermark()).isEqualTo(ReminderSlots.minute(at(10)) - DueReminders.GRACE_MINUTES);
        assertThat(database.getCollection("reminderSlots").countDocuments(new Document("_id", key))).isZero();

        long before = queue.documentsRead();
        assertThat(claim(at(11), A, 100)).isEmpty();
        assertThat(queue.documentsRead()).isEqualTo(before);
        assertThat(claim(at(30), A, 100)).containsExactly(later.id());
        assertThat(queue.find(ACME, early.get(0))).map(Reminder::status).contains(ReminderStatus.SENT);
    }

    @Test
    void storesOneDocumentPerReminderWithItsBookkeeping() {
        Reminder reminder = scheduled("one", at(0));
        claim(at(0), A, 1);
        Document stored = database.getCollection("reminders").find().first();
        assertThat(stored).containsEntry("_id", reminder.id().value()).containsEntry("ws", ACME.value())
                .containsEntry("rep", ANA.value()).containsEntry("status", "CLAIMED").containsEntry("owner", A)
                .containsEntry("v", 1L).containsKeys("leaseUntil", "op", "slot", "dueAt", "createdAt")
                .doesNotContainKeys("meeting", "referral", "sentAt", "lastError");
    }

    private long watermark() {
        return database.getCollection("reminderSlots").find(new Document("_id", "watermark")).first()
                .get("m", Number.class).longValue();
    }
}
