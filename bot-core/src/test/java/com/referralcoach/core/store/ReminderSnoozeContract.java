package com.referralcoach.core.store;

import static com.referralcoach.core.store.StoreSamples.ACME;
import static com.referralcoach.core.store.StoreSamples.ANA;
import static com.referralcoach.core.store.StoreSamples.BOB;
import static com.referralcoach.core.store.StoreSamples.GLOBEX;
import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.ReferralId;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.ReminderId;
import com.referralcoach.core.domain.ReminderKind;
import com.referralcoach.core.domain.ReminderStatus;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ReminderQueue;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link ReminderQueue} must do for the rep: snooze, cancel, list, and late scheduling. */
public abstract class ReminderSnoozeContract extends ReminderQueueFixture {
    @Test
    void aSnoozedReminderIsNotClaimedAtItsOldTime() {
        Reminder snoozed = scheduled("snoozed", at(5));
        assertThat(queue().reschedule(ACME, snoozed.id(), at(60))).isTrue();
        assertThat(stored(snoozed).dueAt()).isEqualTo(at(60));
        assertThat(claim(at(10), A, 10)).isEmpty();
        assertThat(claim(at(59), A, 10)).isEmpty();
        assertThat(claim(at(60), A, 10)).containsExactly(snoozed.id());
    }

    @Test
    void rescheduleWaitsForALiveLeaseAndRevivesDoneReminders() {
        Reminder due = scheduled("due", at(0));
        claim(at(0), A, 10);
        assertThat(queue().reschedule(ACME, due.id(), at(30))).isFalse();
        clock.set(at(6));
        assertThat(queue().reschedule(ACME, due.id(), at(30))).isTrue();
        assertThat(stored(due).status()).isEqualTo(ReminderStatus.PENDING);
        assertThat(claim(at(30), B, 10)).containsExactly(due.id());
        queue().markSent(List.of(due.id()), B, at(31));
        assertThat(queue().reschedule(ACME, due.id(), at(120))).isTrue();
        assertThat(stored(due).status()).isEqualTo(ReminderStatus.PENDING);
        assertThat(stored(due).sentAt()).isEmpty();
        assertThat(claim(at(119), A, 10)).isEmpty();
        assertThat(claim(at(120), A, 10)).containsExactly(due.id());
        assertThat(queue().reschedule(GLOBEX, due.id(), at(200))).isFalse();
    }

    @Test
    void cancelOnlyWhatIsNotDoneNorBeingDelivered() {
        Reminder pending = scheduled("pending", at(10));
        Reminder claimed = scheduled("claimed", at(0));
        claim(at(0), A, 10);
        assertThat(queue().cancel(GLOBEX, pending.id())).isFalse();
        assertThat(queue().cancel(ACME, claimed.id())).isFalse();
        assertThat(queue().cancel(ACME, pending.id())).isTrue();
        assertThat(queue().cancel(ACME, pending.id())).isFalse();
        assertThat(stored(pending).status()).isEqualTo(ReminderStatus.CANCELLED);
        assertThat(queue().reschedule(ACME, pending.id(), at(20))).isFalse();
        assertThat(claim(at(4), B, 10)).isEmpty();
        queue().markSent(List.of(claimed.id()), A, at(1));
        assertThat(queue().cancel(ACME, claimed.id())).isFalse();
        assertThat(queue().upcoming(ACME, ANA, 10)).isEmpty();
    }

    @Test
    void restoreBringsBackOnlyACancelledReminderOfTheWorkspace() {
        Reminder cancelled = scheduled("cancelled", at(10));
        Reminder pending = scheduled("pending", at(20));
        assertThat(queue().cancel(ACME, cancelled.id())).isTrue();
        assertThat(queue().restore(GLOBEX, cancelled.id(), at(30))).isFalse();
        assertThat(queue().restore(ACME, pending.id(), at(30))).isFalse();
        assertThat(stored(pending).dueAt()).isEqualTo(at(20));

        assertThat(queue().restore(ACME, cancelled.id(), at(30))).isTrue();

        assertThat(stored(cancelled).status()).isEqualTo(ReminderStatus.PENDING);
        assertThat(stored(cancelled).dueAt()).isEqualTo(at(30));
        assertThat(claim(at(29), A, 10)).containsExactly(pending.id());
        assertThat(claim(at(30), A, 10)).containsExactly(cancelled.id());
        queue().markSent(List.of(cancelled.id()), A, at(31));
        assertThat(queue().restore(ACME, cancelled.id(), at(60))).as("sent stays sent").isFalse();
    }

    @Test
    void cancelPendingTakesOnlyTheReferralsWaitingRemindersOfThoseKinds() {
        ReferralId tom = new ReferralId("R-TOM");
        Reminder hour = scheduled(about(ACME, ANA, "hour", tom, ReminderKind.LEAD_NOT_CONTACTED_HOUR, at(60)));
        Reminder day = scheduled(about(ACME, ANA, "day", tom, ReminderKind.LEAD_NOT_CONTACTED_DAY, at(600)));
        Reminder thanks = scheduled(about(ACME, ANA, "thanks", tom, ReminderKind.THANK_REFERRER, at(600)));
        Reminder otherLead = scheduled(about(ACME, ANA, "other", new ReferralId("R-ANN"),
                ReminderKind.LEAD_NOT_CONTACTED_DAY, at(600)));
        Reminder bobs = scheduled(about(ACME, BOB, "bob", tom, ReminderKind.LEAD_NOT_CONTACTED_DAY, at(600)));
        Reminder globex = scheduled(about(GLOBEX, ANA, "globex", tom, ReminderKind.LEAD_NOT_CONTACTED_DAY, at(600)));
        Reminder delivering = scheduled(about(ACME, ANA, "delivering", tom, ReminderKind.LEAD_NOT_CONTACTED_HOUR,
                at(0)));
        claim(at(0), A, 10);

        assertThat(queue().cancelPending(ACME, ANA, tom, EnumSet.of(ReminderKind.LEAD_NOT_CONTACTED_HOUR,
                ReminderKind.LEAD_NOT_CONTACTED_DAY))).isEqualTo(2);

        assertThat(List.of(hour, day)).allSatisfy(r -> assertThat(stored(r).status())
                .isEqualTo(ReminderStatus.CANCELLED));
        assertThat(List.of(thanks, otherLead, bobs, globex)).allSatisfy(r -> assertThat(stored(r).status())
                .isEqualTo(ReminderStatus.PENDING));
        assertThat(stored(delivering).status()).isEqualTo(ReminderStatus.CLAIMED);
        // The one being delivered is the dispatcher's to finish (here its lease runs out and B takes it over).
        assertThat(claim(at(600), B, 10)).containsExactlyInAnyOrder(thanks.id(), otherLead.id(), bobs.id(),
                globex.id(), delivering.id());
        assertThat(queue().cancelPending(ACME, ANA, tom, EnumSet.of(ReminderKind.LEAD_NOT_CONTACTED_DAY)))
                .isZero();
    }

    @Test
    void cancelReplacedTakesThePersonsOtherWaitingRemindersOfThatKind() {
        ContactId nora = new ContactId("C-NORA");
        Reminder kept = scheduled(aboutContact(ACME, ANA, "kept", nora, ReminderKind.CHECK_IN, at(600)));
        Reminder old = scheduled(aboutContact(ACME, ANA, "old", nora, ReminderKind.CHECK_IN, at(900)));
        Reminder birthday = scheduled(aboutContact(ACME, ANA, "birthday", nora, ReminderKind.BIRTHDAY, at(900)));
        Reminder someoneElse = scheduled(aboutContact(ACME, ANA, "else", new ContactId("C-TOM"), ReminderKind.CHECK_IN,
                at(900)));
        Reminder bobs = scheduled(aboutContact(ACME, BOB, "bob", nora, ReminderKind.CHECK_IN, at(900)));
        Reminder globex = scheduled(aboutContact(GLOBEX, ANA, "globex", nora, ReminderKind.CHECK_IN, at(900)));
        Reminder delivering = scheduled(aboutContact(ACME, ANA, "delivering", nora, ReminderKind.CHECK_IN, at(0)));
        claim(at(0), A, 10);

        assertThat(queue().cancelReplaced(ACME, ANA, nora, ReminderKind.CHECK_IN, kept.id())).isEqualTo(1);

        assertThat(stored(old).status()).isEqualTo(ReminderStatus.CANCELLED);
        assertThat(List.of(kept, birthday, someoneElse, bobs, globex)).allSatisfy(r -> assertThat(stored(r).status())
                .isEqualTo(ReminderStatus.PENDING));
        assertThat(stored(delivering).status()).isEqualTo(ReminderStatus.CLAIMED);
        assertThat(queue().upcoming(ACME, ANA, 10)).extracting(Reminder::id)
                .containsExactlyInAnyOrder(delivering.id(), kept.id(), birthday.id(), someoneElse.id());
    }

    private static Reminder aboutContact(WorkspaceId workspace, RepId rep, String seed, ContactId contact,
                                         ReminderKind kind, Instant dueAt) {
        return Reminder.pending(workspace, ReminderId.of(workspace + "/" + seed), rep, kind, Optional.of(contact),
                Optional.empty(), Optional.empty(), dueAt, BASE);
    }

    private static Reminder about(WorkspaceId workspace, RepId rep, String seed, ReferralId referral,
                                  ReminderKind kind, Instant dueAt) {
        return Reminder.pending(workspace, ReminderId.of(workspace + "/" + seed), rep, kind,
                Optional.of(new ContactId("C-TOM")), Optional.empty(), Optional.of(referral), dueAt, BASE);
    }

    @Test
    void upcomingIsTheRepsOwnSoonestFirst() {
        Reminder thirty = scheduled("thirty", at(30));
        Reminder ten = scheduled("ten", at(10));
        Reminder twenty = scheduled("twenty", at(20));
        scheduled(reminder(ACME, BOB, "bob", at(5)));
        Reminder other = scheduled(reminder(GLOBEX, ANA, "globex", at(1)));
        Reminder cancelled = scheduled("cancelled", at(2));
        queue().cancel(ACME, cancelled.id());
        assertThat(claim(at(10), A, 10)).contains(ten.id()).doesNotContain(cancelled.id(), twenty.id());
        assertThat(queue().upcoming(ACME, ANA, 10)).extracting(Reminder::id)
                .containsExactly(ten.id(), twenty.id(), thirty.id());
        assertThat(queue().upcoming(ACME, ANA, 2)).extracting(Reminder::status)
                .containsExactly(ReminderStatus.CLAIMED, ReminderStatus.PENDING);
        assertThat(queue().upcoming(GLOBEX, ANA, 10)).extracting(Reminder::id).containsExactly(other.id());
        assertThat(queue().find(GLOBEX, ten.id())).isEmpty();
        assertThat(queue().upcoming(ACME, ANA, 0)).isEmpty();
    }

    @Test
    void lastSentIsTheMostRecentlyDeliveredOfTheRep() {
        Reminder early = scheduled("early", at(0));
        Reminder late = scheduled("late", at(1));
        Reminder bobs = scheduled(reminder(ACME, BOB, "bob", at(2)));
        assertThat(queue().lastSent(ACME, ANA)).isEmpty();
        claim(at(5), A, 10);
        queue().markSent(List.of(late.id()), A, at(6));
        queue().markSent(List.of(early.id()), A, at(7));
        queue().markSent(List.of(bobs.id()), A, at(8));
        assertThat(queue().lastSent(ACME, ANA).map(Reminder::id)).contains(early.id());
        assertThat(queue().lastSent(ACME, BOB).map(Reminder::id)).contains(bobs.id());
        assertThat(queue().lastSent(GLOBEX, ANA)).isEmpty();
    }

    @Test
    void aReminderScheduledPastDueIsClaimedAtOnce() {
        Reminder sent = scheduled("sent", at(0));
        claim(at(0), A, 10);
        queue().markSent(List.of(sent.id()), A, at(0));
        assertThat(claim(at(30), A, 10)).isEmpty();
        clock.set(at(60));
        Reminder late = scheduled("late", at(1));
        assertThat(claim(at(60), A, 10)).containsExactly(late.id());
    }
}
