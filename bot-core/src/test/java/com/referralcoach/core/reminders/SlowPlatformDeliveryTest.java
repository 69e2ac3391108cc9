package com.referralcoach.core.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.ReminderId;
import com.referralcoach.core.domain.ReminderKind;
import com.referralcoach.core.domain.ReminderStatus;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ChatPlatform;
import com.referralcoach.core.port.ReminderQueue;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.schedule.quartz.ReminderScheduler;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A platform that posts one message at a time to a rep, as Slack paces a DM: a rep's tenth reminder of a batch is
 * still queued long after the dispatcher's wait for the platform. It must go out once: neither retried by its own
 * dispatcher while it may still be posted, nor claimed by another dispatcher when the first claim's lease would
 * have run out.
 */
@ExtendWith(EmbeddedMongo.class)
class SlowPlatformDeliveryTest {
    private static final WorkspaceId TEAM = new WorkspaceId("T1");
    private static final int REMINDERS = 10;
    private static final Duration PACE = Duration.ofMillis(500);

    /** Posts the messages of all reps one after another, one every {@link #PACE}. */
    static final class PacedPlatform implements ChatPlatform, AutoCloseable {
        final Map<String, Integer> posted = new ConcurrentHashMap<>();
        private final ScheduledExecutorService lane = Executors.newSingleThreadScheduledExecutor();
        private long queued;

        @Override
        public boolean serves(WorkspaceId workspace) {
            return true;
        }

        @Override
        public synchronized CompletableFuture<Void> send(WorkspaceId workspace, RepId rep, Reply message) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            queued++;
            lane.schedule(() -> {
                posted.merge(message.text(), 1, Integer::sum);
                done.complete(null);
            }, PACE.toMillis() * queued, TimeUnit.MILLISECONDS);
            return done;
        }

        @Override
        public void close() {
            lane.shutdownNow();
        }
    }

    @Test
    void aSendStillQueuedAtThePlatformIsNeitherRetriedNorTakenByAnotherDispatcher(MongoDatabase db) {
        ReminderQueue queue = MongoCoachStore.open(db, Clock.systemUTC()).reminders();
        Instant now = Instant.now();
        List<ReminderId> ids = IntStream.range(0, REMINDERS).mapToObj(i -> ReminderId.random()).toList();
        ids.forEach(id -> queue.schedule(Reminder.pending(TEAM, id, new RepId("U1"), ReminderKind.THANK_REFERRER,
                Optional.of(ContactId.random()), Optional.empty(), Optional.empty(), now.minusSeconds(1), now)));
        Composer echo = (reminder, at) -> new Delivery.Say(Reply.of(reminder.id().value()));
        // A lease of 4 s gives the platform 1 s to answer; posting all ten takes 5 s.
        DispatchSettings settings = DispatchSettings.defaults().withLease(Duration.ofSeconds(4))
                .withRetries(new RetryPolicy(Duration.ofMillis(100), Duration.ofSeconds(1), 10));

        try (PacedPlatform platform = new PacedPlatform();
             ReminderScheduler first = ReminderScheduler.start(new ReminderDispatcher(queue, echo, platform,
                     Clock.systemUTC(), settings), Duration.ofMillis(50));
             ReminderScheduler second = ReminderScheduler.start(new ReminderDispatcher(
                     MongoCoachStore.open(db, Clock.systemUTC()).reminders(), echo, platform, Clock.systemUTC(),
                     DispatchSettings.defaults().withLease(Duration.ofSeconds(4))), Duration.ofMillis(50))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> ids.stream().allMatch(id ->
                    queue.find(TEAM, id).map(r -> r.status() == ReminderStatus.SENT).orElse(false)));

            assertThat(platform.posted).hasSize(REMINDERS).allSatisfy((id, times) -> assertThat(times).as(id)
                    .isEqualTo(1));
        }
    }
}
