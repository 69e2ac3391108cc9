package com.referralcoach.core.reminders;

import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.Endorsement;
import com.referralcoach.core.domain.MeetingId;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.ReminderId;
import com.referralcoach.core.domain.ReminderKind;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.port.ReminderQueue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Schedules the relationship reminders: check-ins, birthday and anniversary cards, endorsement follow-ups,
 * the satisfaction check after a win, referral month days, and the ask moved by a rush. Ids come from the
 * subject and the day, so planning the same thing twice stores one reminder.
 */
public final class RelationshipPlanner {
    private static final Logger log = LoggerFactory.getLogger(RelationshipPlanner.class);
    /** A testimonial or recommendation not in after this long is worth a follow-up. */
    public static final Duration ENDORSEMENT_WAIT = Duration.ofDays(7);
    /** A won customer's satisfaction is checked after their first month. */
    public static final Duration FIRST_MONTH = Duration.ofDays(30);

    private final ReminderQueue queue;

    public RelationshipPlanner(ReminderQueue queue) {
        this.queue = queue;
    }

    /**
     * A check-in at {@code due} or the next working time after it, in place of any planned before: a person has one
     * check-in, at their current cadence. Cancelling the old one is best-effort, as it checks at delivery whether it
     * is still due.
     */
    public Reminder checkIn(Rep rep, ContactId contact, Instant due, Instant now) {
        Instant at = ReminderPlanner.working(rep).nextOpen(due.isAfter(now) ? due : now);
        String seed = "checkin:" + contact + ":" + at.atZone(rep.zone()).toLocalDate();
        Optional<Reminder> found = queue.find(rep.workspace(), idOf(rep, seed));
        if (found.isPresent() && !found.get().status().isDone()) {
            // That day's check-in is planned already, and replaced the others when it was: nothing to write.
            return found.get();
        }
        boolean done = found.isPresent();
        // That day's check-in was replaced or cancelled before: this plan is a new one.
        Reminder next = Reminder.pending(rep.workspace(), idOf(rep, done ? seed + ":" + now.toEpochMilli() : seed),
                rep.id(), ReminderKind.CHECK_IN,
                Optional.of(contact), Optional.empty(), Optional.empty(), at, now);
        queue.scheduleAbsent(next);
        try {
            queue.cancelReplaced(rep.workspace(), rep.id(), contact, ReminderKind.CHECK_IN, next.id());
        } catch (RuntimeException e) {
            log.warn("Could not cancel the check-ins with {} that the one at {} replaces; they are skipped when due"
                    + " unless due then: {}", contact, at, e.toString());
        }
        return next;
    }

    /**
     * The card and the day reminders for the next occurrence of {@code date}'s day from today (an anniversary only
     * after {@code date} itself). The card comes two working days before, or at the next working moment when that has
     * passed, if that is still before the day; the word comes on the day's working start. When that start has passed
     * too, the day is now: the rep has the card at once, from the caller, and the next year's reminders are planned.
     */
    public OccasionPlan occasion(Rep rep, ContactId contact, LocalDate date, boolean birthday, Instant now) {
        return occasion(rep, contact, date, birthday, now, queue::schedule);
    }

    /**
     * The reminders {@link #occasion} would schedule, unscheduled, for a caller that schedules many at once (an
     * import) and keeps their ids.
     */
    public List<Reminder> occasionReminders(Rep rep, ContactId contact, LocalDate date, boolean birthday,
                                            Instant now) {
        List<Reminder> planned = new ArrayList<>();
        occasion(rep, contact, date, birthday, now, planned::add);
        return planned;
    }

    private OccasionPlan occasion(Rep rep, ContactId contact, LocalDate date, boolean birthday, Instant now,
                                  Consumer<Reminder> schedule) {
        Occasions occasions = new Occasions(rep.zone(), rep.hours());
        MonthDay day = MonthDay.from(date);
        LocalDate today = now.atZone(rep.zone()).toLocalDate();
        LocalDate next = Occasions.next(day, date.isBefore(today) ? today : date.plusDays(1));
        Instant dayDue = occasions.dayDue(next);
        if (!dayDue.isAfter(now)) {
            LocalDate following = Occasions.next(day, next.plusDays(1));
            planOccasion(rep, contact, birthday, following, Optional.of(occasions.cardDue(following)), now, schedule);
            return new OccasionPlan(next, Optional.empty(), Optional.empty());
        }
        Instant card = occasions.cardDue(next);
        if (!card.isAfter(now)) {
            card = ReminderPlanner.working(rep).nextOpen(now);
        }
        Optional<Instant> cardAt = Optional.of(card).filter(c -> c.isBefore(dayDue));
        planOccasion(rep, contact, birthday, next, cardAt, now, schedule);
        return new OccasionPlan(next, cardAt, Optional.of(dayDue));
    }

    private void planOccasion(Rep rep, ContactId contact, boolean birthday, LocalDate day, Optional<Instant> card,
                              Instant now, Consumer<Reminder> schedule) {
        String what = birthday ? "birthday:" : "anniversary:";
        card.ifPresent(at -> schedule.accept(build(rep, what + "card:" + contact + ":" + day, birthday
                ? ReminderKind.BIRTHDAY_CARD : ReminderKind.ANNIVERSARY_CARD, contact, Optional.empty(), at, now)));
        schedule.accept(build(rep, what + contact + ":" + day, birthday ? ReminderKind.BIRTHDAY
                : ReminderKind.ANNIVERSARY, contact, Optional.empty(), new Occasions(rep.zone(), rep.hours())
                .dayDue(day), now));
    }

    public void endorsementFollowUp(Rep rep, ContactId contact, Endorsement kind, Instant askedAt) {
        plan(rep, "endorse:" + contact + ":" + kind + ":" + askedAt, ReminderKind.ENDORSEMENT_FOLLOW_UP, contact,
                Optional.empty(), ReminderPlanner.working(rep).nextOpen(askedAt.plus(ENDORSEMENT_WAIT)), askedAt);
    }

    /** A week after a win or a 9-10: the suggestion to ask for a testimonial or review, one per person and day. */
    public void endorsementSuggestion(Rep rep, ContactId contact, Instant from, Instant now) {
        Instant at = ReminderPlanner.working(rep).nextOpen(from.plus(ENDORSEMENT_WAIT));
        plan(rep, "suggest-endorse:" + contact + ":" + at.atZone(rep.zone()).toLocalDate(),
                ReminderKind.ENDORSEMENT_SUGGESTION, contact, Optional.empty(), at, now);
    }

    public void satisfactionCheck(Rep rep, ContactId customer, String deal, Instant wonAt) {
        satisfactionCheck(rep, customer, deal, wonAt, FIRST_MONTH);
    }

    /** A satisfaction check {@code after} something was won or delivered at {@code at}; {@code subject} names it. */
    public void satisfactionCheck(Rep rep, ContactId customer, String subject, Instant at, Duration after) {
        plan(rep, "csat:" + subject, ReminderKind.SATISFACTION_CHECK, customer, Optional.empty(),
                ReminderPlanner.working(rep).nextOpen(at.plus(after)), at);
    }

    public Reminder referralMonthDay(Rep rep, ContactId contact, LocalDate day, Instant now) {
        Instant at = ReminderPlanner.working(rep).nextOpen(day.atStartOfDay(rep.zone()).toInstant());
        return plan(rep, "month:" + day.getYear() + "-" + day.getMonthValue() + ":" + contact,
                ReminderKind.REFERRAL_MONTH, contact, Optional.empty(), at, now);
    }

    /** The ask after {@code meeting} moves to the next working morning; planned anew if it was never planned. */
    public Instant askTomorrow(Rep rep, ContactId contact, MeetingId meeting, Instant now) {
        Instant morning = ReminderPlanner.nextMorning(rep, now);
        ReminderId planned = ReminderId.of(rep.workspace() + "/ask:" + meeting);
        if (!queue.reschedule(rep.workspace(), planned, morning)) {
            plan(rep, "ask-rush:" + meeting + ":" + morning, ReminderKind.ASK_AFTER_MEETING, contact,
                    Optional.of(meeting), morning, now);
        }
        return morning;
    }

    private Reminder plan(Rep rep, String seed, ReminderKind kind, ContactId contact, Optional<MeetingId> meeting,
                          Instant due, Instant now) {
        Reminder reminder = build(rep, seed, kind, contact, meeting, due, now);
        queue.schedule(reminder);
        return reminder;
    }

    private static Reminder build(Rep rep, String seed, ReminderKind kind, ContactId contact,
                                  Optional<MeetingId> meeting, Instant due, Instant now) {
        return Reminder.pending(rep.workspace(), idOf(rep, seed), rep.id(), kind,
                Optional.of(contact), meeting, Optional.empty(), due, now);
    }

    /** Each rep plans their own: two reps who know the same person each keep their check-ins and cards. */
    private static ReminderId idOf(Rep rep, String seed) {
        return ReminderId.of(rep.workspace() + "/" + rep.id().value() + "/" + seed);
    }
}
