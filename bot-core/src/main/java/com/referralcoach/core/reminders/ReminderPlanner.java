package com.referralcoach.core.reminders;

import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.LeadStage;
import com.referralcoach.core.domain.Meeting;
import com.referralcoach.core.domain.MeetingId;
import com.referralcoach.core.domain.Referral;
import com.referralcoach.core.domain.ReferralId;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.ReminderId;
import com.referralcoach.core.domain.ReminderKind;
import com.referralcoach.core.domain.ReminderStatus;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ReminderQueue;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Schedules the reminders a rep's news calls for, each at a working time of theirs. Reminder ids come from
 * their subject, so planning the same thing twice stores one reminder.
 */
public final class ReminderPlanner {
    private static final Logger log = LoggerFactory.getLogger(ReminderPlanner.class);
    /** A referrer who has not heard about their open lead for this long gets an update. */
    public static final Duration REFERRER_QUIET = Duration.ofDays(14);
    /** A prep note comes this long before its meeting starts. */
    public static final Duration PREP_AHEAD = Duration.ofMinutes(15);

    private static final int EARLIEST_MORNING = 8;

    private final ReminderQueue queue;

    public ReminderPlanner(ReminderQueue queue) {
        this.queue = queue;
    }

    /**
     * The ask of a meeting whose end was corrected, moved to the new end when it still waits (one already sent or
     * cancelled stays so), and its prep note to 15 minutes before the new start the same way; the ask when it moved.
     */
    public Optional<Reminder> meetingMoved(Rep rep, Meeting meeting) {
        meeting.startsAt().ifPresent(start -> moveWaiting(rep, prepId(rep, meeting), start.minus(PREP_AHEAD)));
        ReminderId ask = askId(rep, meeting);
        return moveWaiting(rep, ask, working(rep).nextOpen(meeting.endsAt())) ? queue.find(rep.workspace(), ask)
                : Optional.empty();
    }

    private boolean moveWaiting(Rep rep, ReminderId id, Instant due) {
        boolean waiting = queue.find(rep.workspace(), id).filter(r -> r.status() == ReminderStatus.PENDING)
                .isPresent();
        return waiting && queue.reschedule(rep.workspace(), id, due);
    }

    /**
     * The ask of a meeting whose deletion was undone (a cancelled calendar occurrence back in the calendar), waiting
     * again for the meeting's end; true when it had been cancelled. One already sent stays sent.
     */
    public boolean meetingRestored(Rep rep, Meeting meeting) {
        return queue.restore(rep.workspace(), askId(rep, meeting), working(rep).nextOpen(meeting.endsAt()));
    }

    /** The ask and the prep note of a deleted meeting, cancelled while they still wait; true when the ask was. */
    public boolean meetingDeleted(Rep rep, Meeting meeting) {
        prepDropped(rep, meeting);
        return queue.cancel(rep.workspace(), askId(rep, meeting));
    }

    /**
     * The prep note 15 minutes before a meeting's start ({@link ReminderKind#MEETING_PREP}), at that exact time (not
     * held to working hours: the meeting is on the rep's calendar); one cancelled before waits again. None for a
     * meeting with no start or one whose prep time has passed.
     */
    public void meetingPrep(Rep rep, Meeting meeting, Instant now) {
        Optional<Instant> due = meeting.startsAt().map(start -> start.minus(PREP_AHEAD)).filter(d -> d.isAfter(now));
        if (due.isEmpty()) {
            return;
        }
        if (!queue.restore(rep.workspace(), prepId(rep, meeting), due.get())) {
            queue.schedule(build(rep, "prep:" + meeting.id(), ReminderKind.MEETING_PREP,
                    Optional.of(meeting.contact()), Optional.of(meeting.id()), Optional.empty(), due.get(), now));
        }
    }

    /** The meeting's prep note, cancelled while it waits (the rep turned prep notes off); true when it was. */
    public boolean prepDropped(Rep rep, Meeting meeting) {
        return queue.cancel(rep.workspace(), prepId(rep, meeting));
    }

    private static ReminderId askId(Rep rep, Meeting meeting) {
        return ReminderId.of(rep.workspace() + "/ask:" + meeting.id());
    }

    private static ReminderId prepId(Rep rep, Meeting meeting) {
        return ReminderId.of(rep.workspace() + "/prep:" + meeting.id());
    }

    /** The ask at the end of a meeting that is still going on. */
    public Reminder meetingEnds(Rep rep, Meeting meeting, Instant now) {
        Instant due = working(rep).nextOpen(meeting.endsAt());
        return plan(rep, "ask:" + meeting.id(), ReminderKind.ASK_AFTER_MEETING, Optional.of(meeting.contact()),
                Optional.of(meeting.id()), Optional.empty(), due, now);
    }

    /** A new lead: nudges after one working hour and one working day, a thank-you, a referrer update in 14 days. */
    public void newLead(Rep rep, Referral referral, Instant now) {
        WorkingTime time = working(rep);
        Optional<ReferralId> subject = Optional.of(referral.id());
        Optional<ContactId> lead = Optional.of(referral.lead());
        queue.scheduleAll(List.of(
                build(rep, "lead-hour:" + referral.id(), ReminderKind.LEAD_NOT_CONTACTED_HOUR, lead, Optional.empty(),
                        subject, time.plusWorking(now, Duration.ofHours(1)), now),
                build(rep, "lead-day:" + referral.id(), ReminderKind.LEAD_NOT_CONTACTED_DAY, lead, Optional.empty(),
                        subject, time.plusWorkingDay(now), now),
                thankYouReminder(rep, referral, "received", now),
                referrerUpdateReminder(rep, referral, now)));
    }

    /**
     * What a lead's move makes needless is cancelled, so the rep's list shows only what will come: the nudges to
     * contact it once it is contacted (the manager's too), the referrer's update once it is closed, and the first
     * thank-you once it signs, whose own thank-you (on the next working morning) says so.
     */
    public void leadMoved(Rep rep, Referral before, Referral after, Instant now) {
        Set<ReminderKind> needless = EnumSet.noneOf(ReminderKind.class);
        if (before.stage() == LeadStage.NEW && after.stage() != LeadStage.NEW) {
            needless.addAll(List.of(ReminderKind.LEAD_NOT_CONTACTED_HOUR, ReminderKind.LEAD_NOT_CONTACTED_DAY));
            rep.manager().ifPresent(manager -> cancelNeedless(rep.workspace(), manager, after.id(),
                    EnumSet.of(ReminderKind.LEAD_ESCALATION)));
        }
        if (!after.isOpen()) {
            needless.add(ReminderKind.REFERRER_UPDATE);
        }
        if (after.stage() == LeadStage.WON) {
            needless.add(ReminderKind.THANK_REFERRER);
        }
        if (!needless.isEmpty()) {
            cancelNeedless(rep.workspace(), rep.id(), after.id(), needless);
        }
        if (after.stage() == LeadStage.WON) {
            queue.schedule(thankYouReminder(rep, after, "won:" + after.current().at().toEpochMilli(), now));
        }
    }

    /** The referrer was thanked: the thank-you reminders still waiting for {@code referral} go. */
    public void thanked(Rep rep, Referral referral) {
        cancelNeedless(rep.workspace(), rep.id(), referral.id(), EnumSet.of(ReminderKind.THANK_REFERRER));
    }

    /**
     * Tidies the rep's list: what fails here only stays listed, as each of these reminders checks at delivery whether
     * it is still due, so the change that made it needless stands and is not reported as failed.
     */
    private void cancelNeedless(WorkspaceId workspace, RepId rep, ReferralId referral, Set<ReminderKind> kinds) {
        try {
            queue.cancelPending(workspace, rep, referral, kinds);
        } catch (RuntimeException e) {
            log.warn("Could not cancel the {} reminders of referral {} that are no longer needed; they are skipped"
                    + " when due: {}", kinds, referral, e.toString());
        }
    }

    private Reminder thankYouReminder(Rep rep, Referral referral, String occasion, Instant now) {
        return build(rep, "thank:" + referral.id() + ":" + occasion, ReminderKind.THANK_REFERRER,
                Optional.of(referral.referrer()), Optional.empty(), Optional.of(referral.id()),
                nextMorning(rep, now), now);
    }

    /** The update a referrer is owed 14 days after they last heard from the rep; it replaces the one planned before. */
    public void referrerUpdate(Rep rep, Referral referral, Instant now) {
        Reminder next = referrerUpdateReminder(rep, referral, now);
        boolean planned = queue.find(rep.workspace(), next.id())
                .filter(r -> r.status() == ReminderStatus.PENDING).isPresent();
        if (!planned) {
            cancelNeedless(rep.workspace(), rep.id(), referral.id(), EnumSet.of(ReminderKind.REFERRER_UPDATE));
            queue.schedule(next);
        }
    }

    private Reminder referrerUpdateReminder(Rep rep, Referral referral, Instant now) {
        Instant quietUntil = referral.referrerLastHeard().plus(REFERRER_QUIET);
        Instant due = working(rep).nextOpen(quietUntil.isAfter(now) ? quietUntil : now);
        return build(rep, "update:" + referral.id() + ":" + quietUntil, ReminderKind.REFERRER_UPDATE,
                Optional.of(referral.referrer()), Optional.empty(), Optional.of(referral.id()), due, now);
    }

    /** The manager hears that a rep's lead has waited a working day; delivered in the manager's hours. */
    public void escalate(Rep manager, Reminder leadDay, Instant now) {
        plan(manager, "escalate:" + leadDay.id(), ReminderKind.LEAD_ESCALATION, leadDay.contact(), Optional.empty(),
                leadDay.referral(), working(manager).nextOpen(now), now);
    }

    /**
     * The midweek check on the rep's goals: the working morning of their middle work day ({@link #midweekDay}), in
     * the rep's zone, of the week holding {@code from}, or of the next week when that morning has passed. One per rep
     * and week.
     */
    public void goalNudge(Rep rep, Instant from, Instant now) {
        LocalDate monday = from.atZone(rep.zone()).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Instant due = midweekMorning(rep, monday);
        if (!due.isAfter(from)) {
            monday = monday.plusWeeks(1);
            due = midweekMorning(rep, monday);
        }
        plan(rep, "goal-nudge:" + rep.id() + ":" + monday, ReminderKind.GOAL_NUDGE, Optional.empty(),
                Optional.empty(), Optional.empty(), due, now);
    }

    /**
     * The rep's middle work day, when the midweek check comes: Wednesday for Monday to Friday, Tuesday for a rep who
     * works Monday and Tuesday only, so every rep hears while their week still has work days left.
     */
    public static DayOfWeek midweekDay(Rep rep) {
        List<DayOfWeek> days = rep.hours().days().stream().sorted().toList();
        return days.isEmpty() ? DayOfWeek.WEDNESDAY : days.get(days.size() / 2);
    }

    /** The working morning of the rep's middle work day in the week starting {@code monday}. */
    private static Instant midweekMorning(Rep rep, LocalDate monday) {
        LocalDate dayBefore = monday.plusDays(midweekDay(rep).getValue() - 2L);
        return nextMorning(rep, dayBefore.atTime(12, 0).atZone(rep.zone()).toInstant());
    }

    private Reminder plan(Rep rep, String seed, ReminderKind kind, Optional<ContactId> contact,
                          Optional<MeetingId> meeting, Optional<ReferralId> referral, Instant due, Instant now) {
        Reminder reminder = build(rep, seed, kind, contact, meeting, referral, due, now);
        queue.schedule(reminder);
        return reminder;
    }

    private static Reminder build(Rep rep, String seed, ReminderKind kind, Optional<ContactId> contact,
                                  Optional<MeetingId> meeting, Optional<ReferralId> referral, Instant due, Instant now) {
        return Reminder.pending(rep.workspace(), ReminderId.of(rep.workspace() + "/" + seed), rep.id(), kind, contact,
                meeting, referral, due, now);
    }

    /**
     * The next working morning after {@code at}, but never before 08:00 local time: with working hours of
     * 0-24, "tomorrow morning" should not ring at midnight.
     */
    public static Instant nextMorning(Rep rep, Instant at) {
        WorkingTime time = working(rep);
        java.time.ZonedDateTime morning = time.nextWorkingMorning(at).atZone(rep.zone());
        if (morning.getHour() < EARLIEST_MORNING) {
            return time.nextOpen(morning.withHour(EARLIEST_MORNING).withMinute(0).toInstant());
        }
        return morning.toInstant();
    }

    public static WorkingTime working(Rep rep) {
        return new WorkingTime(rep.zone(), rep.hours());
    }
}
