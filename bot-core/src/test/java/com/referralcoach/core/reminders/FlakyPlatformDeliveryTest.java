package com.referralcoach.core.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.ReminderId;
import com.referralcoach.core.domain.ReminderKind;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ChatPlatform;
import com.referralcoach.core.port.DeliveryFailure;
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
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A platform that fails 30% of sends, half of them with 429 and Retry-After, and two dispatchers draining. */
@ExtendWith(EmbeddedMongo.class)
class FlakyPlatformDeliveryTest {
    private static final int REMINDERS = 300;
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    /** Fails 30% of sends; remembers every 429 it answered and checks no retry of it came too early. */
    static final class FlakyPlatform implements ChatPlatform {
        final Map<String, Integer> delivered = new ConcurrentHashMap<>();
        final Map<String, Instant> retryNotBefore = new ConcurrentHashMap<>();
        final List<String> earlyRetries = new CopyOnWriteArrayList<>();
        private final Random random = new Random(42);

        @Override
        public boolean serves(WorkspaceId workspace) {
            return true;
        }

        @Override
        public CompletableFuture<Void> send(WorkspaceId workspace, RepId rep, Reply message) {
            String id = message.text();
            Instant now = Instant.now();
            Instant notBefore = retryNotBefore.get(id);
            if (notBefore != null && now.isBefore(notBefore)) {
                earlyRetries.add(id + " retried " + Duration.between(now, notBefore).toMillis() + " ms early");
            }
            int roll;
            synchronized (random) {
                roll = random.nextInt(100);
            }
            if (roll < 15) {
                retryNotBefore.put(id, now.plus(RETRY_AFTER));
                return CompletableFuture.failedFuture(DeliveryFailure.rateLimited(RETRY_AFTER));
            }
            if (roll < 30) {
                return CompletableFuture.failedFuture(DeliveryFailure.temporary("HTTP 503"));
            }
            delivered.merge(id, 1, Integer::sum);
            return CompletableFuture.completedFuture(null);
        }
    }

    @Test
    void everyReminderArrivesOnceAndNoRetryComesBeforeItsRetryAfter(MongoDatabase db) {
        ReminderQueue queue = MongoCoachStore.open(db, Clock.systemUTC()).reminders();
        Instant now = Instant.now();
        IntStream.range(0, REMINDERS).forEach(i -> queue.schedule(Reminder.pending(new WorkspaceId("T1"),
                ReminderId.random(), new RepId("rep" + i), ReminderKind.THANK_REFERRER,
                Optional.of(ContactId.random()), Optional.empty(), Optional.empty(), now.minusSeconds(1), now)));
        FlakyPlatform platform = new FlakyPlatform();
        Composer echo = (reminder, at) -> new Delivery.Say(Reply.of(reminder.id().value()));
        RetryPolicy quick = new RetryPolicy(Duration.ofMillis(100), Duration.ofSeconds(1), 40);

        // Two dispatchers, each with its own queue instance (its own caches), as two processes would have.
        try (ReminderScheduler first = dispatching(queue, echo, platform, quick);
             ReminderScheduler second = dispatching(MongoCoachStore.open(db, Clock.systemUTC()).reminders(), echo,
                     platform, quick)) {
            await().atMost(Duration.ofSeconds(90)).until(() -> platform.delivered.size() == REMINDERS);
        }

        assertThat(platform.delivered.values()).allMatch(times -> times == 1);
        assertThat(platform.earlyRetries).isEmpty();
        assertThat(platform.retryNotBefore).isNotEmpty();
    }

    private static ReminderScheduler dispatching(ReminderQueue queue, Composer composer, ChatPlatform platform,
                                                 RetryPolicy retries) {
        DispatchSettings settings = DispatchSettings.defaults().withRetries(retries).withBatchSize(50);
        return ReminderScheduler.start(
                new ReminderDispatcher(queue, composer, platform, Clock.systemUTC(), settings), Duration.ofMillis(50));
    }
}
