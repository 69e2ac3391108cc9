package com.referralcoach.core.port;

import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.ReferralId;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.ReminderId;
import com.referralcoach.core.domain.ReminderKind;
import com.referralcoach.core.domain.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The durable store of reminders and the dispatcher's work queue. Delivery is claim, send, mark: a claim is
 * a lease held by one owner until it expires, so two processes never deliver one reminder twice, and a
 * process that dies mid-delivery leaves its claims to be taken again once their leases run out.
 */
public interface ReminderQueue {
    /** Stores a new pending reminder; scheduling an id that exists already changes nothing. */
    void schedule(Reminder reminder);

    /**
     * Schedules a reminder the caller has just found absent, without looking again (one command fewer); an id that
     * exists after all changes nothing.
     */
    default void scheduleAbsent(Reminder reminder) {
        schedule(reminder);
    }

    /** Schedules several at once (one write per kind of document where the store can); same rules as schedule. */
    default void scheduleAll(Collection<Reminder> reminders) {
        reminders.forEach(this::schedule);
    }

    Optional<Reminder> find(WorkspaceId workspace, ReminderId id);

    /**
     * Claims up to {@code max} reminders deliverable at {@code now} (pending and due, or claimed under a lease
     * that expired) for {@code owner} until {@code now + lease}, soonest due first as far as practical. Each
     * reminder is returned to one owner only. Stays fast however many future and finished reminders exist.
     */
    List<Reminder> claimDue(Instant now, String owner, Duration lease, int max);

    /**
     * Keeps {@code owner}'s claim on reminders whose send is still under way until {@code until}, so no other
     * process claims and sends them again meanwhile; reminders it no longer holds are passed over.
     */
    void extendLease(Collection<ReminderId> ids, String owner, Instant until);

    /** Marks reminders delivered at {@code at}, if {@code owner} still holds their claim. */
    void markSent(Collection<ReminderId> ids, String owner, Instant at);

    /** Marks a claimed reminder as not needed any more, if {@code owner} still holds its claim. */
    void markSkipped(ReminderId id, String owner, String reason);

    /** A failed send: pending again at {@code retryAt}, one attempt more, with the error kept. */
    void retryLater(ReminderId id, String owner, Instant retryAt, String error);

    /** Gives up on a claimed reminder after its last attempt: FAILED, with the error kept. */
    void markFailed(ReminderId id, String owner, String error);

    /**
     * Moves a reminder of this workspace to {@code dueAt} and makes it pending again (a snooze), unless it is
     * being delivered right now; true when it moved.
     */
    boolean reschedule(WorkspaceId workspace, ReminderId id, Instant dueAt);

    /**
     * Makes a cancelled reminder of this workspace pending again at {@code dueAt} (what cancelled it was undone: a
     * calendar occurrence came back); true when it was cancelled and now waits. Any other reminder stays as it is.
     */
    boolean restore(WorkspaceId workspace, ReminderId id, Instant dueAt);

    /** Cancels a reminder of this workspace that is not yet delivered; true when it was cancelled. */
    boolean cancel(WorkspaceId workspace, ReminderId id);

    /**
     * Cancels the rep's reminders about {@code referral} of these kinds that still wait for their time (not the ones
     * being delivered right now): what a later step made needless, like nudges to contact a lead once it is
     * contacted. How many were cancelled.
     */
    int cancelPending(WorkspaceId workspace, RepId rep, ReferralId referral, Set<ReminderKind> kinds);

    /**
     * Cancels the rep's reminders of {@code kind} about {@code contact} that still wait for their time (not the ones
     * being delivered right now), all but {@code keep}: the plans a newer one replaces, like a check-in planned at a
     * cadence changed since. How many were cancelled.
     */
    int cancelReplaced(WorkspaceId workspace, RepId rep, ContactId contact, ReminderKind kind, ReminderId keep);

    /** The rep's reminders still to come (pending or being delivered) and the failed ones, soonest first. */
    List<Reminder> upcoming(WorkspaceId workspace, RepId rep, int limit);

    /** The reminder most recently delivered to the rep. */
    Optional<Reminder> lastSent(WorkspaceId workspace, RepId rep);
}
