package com.referralcoach.core.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.ReminderId;
import com.referralcoach.core.domain.ReminderKind;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ChatPlatform;
import com.referralcoach.core.port.DeliveryFailure;
import com.referralcoach.core.port.ReminderQueue;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.core.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What an operator's metrics hear from the dispatcher: each claimed reminder's outcome, and a sent one's lag. */
@ExtendWith(EmbeddedMongo.class)
class DispatchObserverTest {
    @Test
    void eachClaimedReminderIsDueThenSentSkippedOrRetriedWithTheLagOfWhatWasSent(MongoDatabase db) {
        TestClock clock = new TestClock(Instant.parse("2026-11-23T09:00:00Z"));
        ReminderQueue queue = MongoCoachStore.open(db, clock).reminders();
        for (String text : List.of("send", "skip", "fail")) {
            queue.schedule(Reminder.pending(new WorkspaceId("T1"), ReminderId.random(), new RepId(text),
                    ReminderKind.THANK_REFERRER, Optional.of(ContactId.random()), Optional.empty(), Optional.empty(),
                    clock.instant().minusSeconds(90), clock.instant().minusSeconds(120)));
        }
        ChatPlatform platform = new ChatPlatform() {
            @Override
            public boolean serves(WorkspaceId workspace) {
                return true;
            }

            @Override
            public CompletableFuture<Void> send(WorkspaceId workspace, RepId rep, Reply message) {
                return rep.value().equals("fail") ? CompletableFuture.failedFuture(DeliveryFailure.temporary("503"))
                        : CompletableFuture.completedFuture(null);
            }
        };
        Composer composer = (reminder, at) -> reminder.rep().value().equals("skip")
                ? new Delivery.Skip("nothing to say") : new Delivery.Say(Reply.of("hi"));
        List<String> heard = new CopyOnWriteArrayList<>();
        ReminderDispatcher dispatcher = new ReminderDispatcher(queue, composer, platform, clock,
                DispatchSettings.defaults());
        dispatcher.observe(new DispatchObserver() {
            @Override
            public void due(ReminderKind kind) {
                heard.add("due " + kind);
            }

            @Override
            public void outcome(ReminderKind kind, Outcome outcome, Duration lag) {
                heard.add(outcome + " " + lag.toSeconds() + "s");
            }
        });

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        assertThat(heard).containsExactlyInAnyOrder("due THANK_REFERRER", "due THANK_REFERRER",
                "due THANK_REFERRER", "SENT 90s", "SKIPPED 0s", "RETRIED 0s");
    }
}
