package com.referralcoach.core.store;

import static com.referralcoach.core.store.StoreSamples.ACME;
import static com.referralcoach.core.store.StoreSamples.ANA;
import static com.referralcoach.core.store.StoreSamples.BOB;
import static com.referralcoach.core.store.StoreSamples.GLOBEX;
import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.MeetingId;
import com.referralcoach.core.domain.ReferralId;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.ReminderId;
import com.referralcoach.core.domain.ReminderKind;
import com.referralcoach.core.domain.ReminderStatus;
import com.referralcoach.core.port.ReminderQueue;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ReminderQueue} must do for the dispatcher: claim due reminders once, soonest first, under
 * a lease, and take marks only from the holder. The rep's side is in {@link ReminderSnoozeContract}.
 */
public abstract class ReminderQueueContract extends ReminderSnoozeContract {
    @Test
    void keepsEveryField() {
        Reminder full = scheduled(new Reminder(ACME, ReminderId.of("full"), ANA, ReminderKind.ASK_AFTER_MEETING,
                Optional.of(new ContactId("C-1")), Optional.of(new MeetingId("M-1")), Optional.of(new ReferralId("R-1")),
                at(30), ReminderStatus.PENDING, 0, Optional.empty(), BASE, Optional.empty()));
        Reminder bare = scheduled(Reminder.pending(GLOBEX, ReminderId.random(), BOB, ReminderKind.LEAD_ESCALATION,
                Optional.empty(), Optional.empty(), Optional.empty(), at(40), BASE));
        assertThat(queue().find(ACME, full.id())).contains(full);
        assertThat(queue().find(GLOBEX, bare.id())).contains(bare);
        assertThat(queue().find(ACME, ReminderId.of("unknown"))).isEmpty();
    }

    @Test
    void schedulingAnIdAgainChangesNothing() {
        Reminder first = scheduled("once", at(10));
        queue().schedule(reminder(ACME, ANA, "once", at(99)));
        assertThat(stored(first)).isEqualTo(first);
        assertThat(claim(at(10), A, 10)).containsExactly(first.id());
        assertThat(claim(at(14), B, 10)).isEmpty();
    }

    @Test
    void schedulingManyAtOnceKeepsTheSameRules() {
        Reminder known = scheduled("known", at(99));
        Reminder soon = reminder(ACME, ANA, "soon", at(1));
        Reminder later = reminder(ACME, ANA, "later", at(5));
        queue().scheduleAll(List.of(soon, later, reminder(ACME, ANA, "known", at(2))));
        queue().scheduleAll(List.of(soon, later));

        assertThat(stored(known).dueAt()).isEqualTo(at(99));
        assertThat(claim(at(1), A, 10)).containsExactly(soon.id());
        assertThat(claim(at(5), A, 10)).containsExactly(later.id());
    }

    @Test
    void nothingIsClaimableBeforeItIsDue() {
        Reminder later = scheduled("later", at(10).plusSeconds(30));
        assertThat(claim(at(10), A, 10)).isEmpty();
        assertThat(claim(at(10).plusSeconds(29), A, 10)).isEmpty();
        assertThat(claim(at(10).plusSeconds(30), A, 10)).containsExactly(later.id());
    }

    @Test
    void dueRemindersAreClaimedOnceSoonestFirst() {
        Reminder third = scheduled("third", at(3));
        Reminder first = scheduled("first", at(1));
        Reminder second = scheduled("second", at(2));
        scheduled("future", at(60));
        assertThat(claim(at(5), A, 2)).containsExactly(first.id(), second.id());
        assertThat(claim(at(5), A, 2)).containsExactly(third.id());
        assertThat(claim(at(5), B, 2)).isEmpty();
        assertThat(stored(first).status()).isEqualTo(ReminderStatus.CLAIMED);
        assertThat(queue().claimDue(at(6), B, LEASE, 0)).isEmpty();
    }

    @Test
    void aSecondOwnerGetsAClaimOnlyAfterItsLeaseRunsOut() {
        Reminder due = scheduled("due", at(0));
        assertThat(claim(at(0), A, 10)).containsExactly(due.id());
        assertThat(claim(at(4), B, 10)).isEmpty();
        assertThat(claim(at(6), B, 10)).containsExactly(due.id());
        queue().markSent(List.of(due.id()), A, at(7));
        assertThat(stored(due).status()).isEqualTo(ReminderStatus.CLAIMED);
        queue().markSent(List.of(due.id()), B, at(7));
        assertThat(stored(due).status()).isEqualTo(ReminderStatus.SENT);
        assertThat(stored(due).sentAt()).contains(at(7));
    }

    @Test
    void aClaimKeptLongerHoldsOffOtherOwnersUntilItsNewEndAndItsHolderStillMarksIt() {
        Reminder slow = scheduled("slow", at(0));
        Reminder kept = scheduled("kept", at(0));
        assertThat(claim(at(0), A, 10)).containsExactlyInAnyOrder(slow.id(), kept.id());
        queue().extendLease(List.of(slow.id(), kept.id()), A, at(20));
        queue().extendLease(List.of(slow.id()), B, at(100));
        assertThat(claim(at(6), B, 10)).isEmpty();
        queue().markSent(List.of(kept.id()), A, at(8));
        assertThat(stored(kept).status()).isEqualTo(ReminderStatus.SENT);

        assertThat(claim(at(21), B, 10)).as("A's kept claim ran out at 20, not 100").containsExactly(slow.id());
        queue().markSent(List.of(slow.id()), A, at(22));
        assertThat(stored(slow).status()).isEqualTo(ReminderStatus.CLAIMED);
    }

    @Test
    void onlyTheHolderMarksSentAndSentIsFinal() {
        Reminder one = scheduled("one", at(0));
        Reminder two = scheduled("two", at(0));
        assertThat(claim(at(1), A, 10)).containsExactlyInAnyOrder(one.id(), two.id());
        queue().markSent(List.of(one.id(), two.id()), B, at(2));
        queue().markSkipped(one.id(), B, "not needed");
        assertThat(stored(one).status()).isEqualTo(ReminderStatus.CLAIMED);
        queue().markSent(List.of(one.id(), two.id(), ReminderId.of("nothing")), A, at(2));
        assertThat(List.of(stored(one), stored(two))).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(ReminderStatus.SENT);
            assertThat(r.sentAt()).contains(at(2));
        });
        assertThat(claim(at(30), B, 10)).isEmpty();
        queue().markFailed(one.id(), A, "too late");
        assertThat(stored(one).status()).isEqualTo(ReminderStatus.SENT);
    }

    @Test
    void aRetryIsClaimableAgainOnlyAtItsNewTime() {
        Reminder due = scheduled("due", at(0));
        claim(at(0), A, 10);
        queue().retryLater(due.id(), B, at(1), "not the holder");
        queue().retryLater(due.id(), A, at(10), "chat API timeout");
        Reminder retried = stored(due);
        assertThat(retried.status()).isEqualTo(ReminderStatus.PENDING);
        assertThat(retried.dueAt()).isEqualTo(at(10));
        assertThat(retried.attempts()).isEqualTo(1);
        assertThat(retried.lastError()).contains("chat API timeout");
        assertThat(claim(at(9), B, 10)).isEmpty();
        assertThat(queue().claimDue(at(10), B, LEASE, 10)).singleElement()
                .satisfies(r -> assertThat(r.attempts()).isEqualTo(1));
    }

    @Test
    void skippedAndFailedAreDoneButFailedShowsInUpcoming() {
        Reminder skipped = scheduled("skipped", at(0));
        Reminder failed = scheduled("failed", at(0));
        claim(at(0), A, 10);
        queue().markSkipped(skipped.id(), A, "lead already contacted");
        queue().markFailed(failed.id(), A, "rep blocked the bot");
        assertThat(stored(skipped).status()).isEqualTo(ReminderStatus.SKIPPED);
        assertThat(stored(failed).lastError()).contains("rep blocked the bot");
        assertThat(queue().upcoming(ACME, ANA, 10)).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(ReminderStatus.FAILED));
        assertThat(claim(at(30), B, 10)).isEmpty();
    }
}
