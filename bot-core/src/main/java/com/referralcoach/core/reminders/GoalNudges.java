package com.referralcoach.core.reminders;

import com.referralcoach.core.digest.GoalProgress;
import com.referralcoach.core.digest.GoalStanding;
import com.referralcoach.core.digest.Pace;
import com.referralcoach.core.domain.Goal;
import com.referralcoach.core.domain.GoalOwner;
import com.referralcoach.core.domain.GoalPeriod;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.port.GoalBook;
import com.referralcoach.core.port.ActivityTally;
import com.referralcoach.core.reply.Reply;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The midweek nudge, worked out when it is delivered: a rep behind on a goal hears the goal furthest behind and
 * the next best action for it, once; a rep on track hears nothing. Each delivery plans next week's.
 */
final class GoalNudges {
    private final GoalBook goalBook;
    private final ActivityTally tallies;
    private final ReminderPlanner planner;
    private final NextBestAction next;

    GoalNudges(GoalBook goalBook, ActivityTally tallies, ReminderPlanner planner, NextBestAction next) {
        this.goalBook = goalBook;
        this.tallies = tallies;
        this.planner = planner;
        this.next = next;
    }

    Delivery compose(Reminder reminder, Rep rep, Instant now) {
        List<Goal> goals = goalBook.of(rep.workspace(), GoalOwner.rep(rep.id()));
        if (goals.isEmpty()) {
            return new Delivery.Skip("no goals any more");
        }
        planner.goalNudge(rep, now, now);
        // On the rep's middle work day or, delivered late, the day after; later the week is as good as over.
        DayOfWeek today = now.atZone(rep.zone()).getDayOfWeek();
        DayOfWeek midweek = ReminderPlanner.midweekDay(rep);
        if (today.compareTo(midweek) < 0 || today.getValue() > midweek.getValue() + 1) {
            return new Delivery.Skip("midweek has passed");
        }
        List<GoalProgress> behind = GoalStanding.of(tallies, rep.workspace(), goals, Set.of(rep.id()),
                        rep.zone(), new Pace(rep.hours()), rep.joinedAt(), now).stream()
                .filter(p -> p.mark() == GoalProgress.Mark.BEHIND).toList();
        if (behind.isEmpty()) {
            return new Delivery.Skip("on track");
        }
        GoalProgress worst = behind.stream().max(Comparator.comparingDouble(GoalNudges::shortfall)).orElseThrow();
        Reply action = next.suggest(worst.goal().metric(), rep, now);
        String others = behind.stream().filter(p -> p != worst).map(p -> p.goal().metric().label())
                .collect(Collectors.joining(", "));
        String text = "Midweek check: " + worst.done() + " of " + worst.target() + " " + worst.goal().metric().label()
                + (worst.goal().period() == GoalPeriod.WEEK ? " this week" : " this month") + ", "
                + (long) Math.ceil(worst.expected()) + " would be on pace. " + action.text()
                + (others.isEmpty() ? "" : "\nAlso behind: " + others + ". \"goals\" shows them all.");
        return new Delivery.Say(new Reply(text, action.fields(), action.actions()));
    }

    /** How far behind the pace, as a share of the target, so a weekly and a monthly goal compare. */
    private static double shortfall(GoalProgress progress) {
        return (progress.expected() - progress.done()) / progress.target();
    }
}
