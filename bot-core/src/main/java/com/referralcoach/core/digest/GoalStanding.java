package com.referralcoach.core.digest;

import com.referralcoach.core.domain.Goal;
import com.referralcoach.core.domain.GoalPeriod;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ActivityTally;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Where a rep or a team stands on each of its goals right now: this week's and this month's counts so far,
 * in the owner's zone, against targets prorated to the owner's work days. "goals" and the midweek nudge use it.
 */
public final class GoalStanding {
    private GoalStanding() {
    }

    /** One progress per goal, in metric order; the tallies of {@code reps} are read once for both periods. */
    public static List<GoalProgress> of(ActivityTally tallies, WorkspaceId workspace, List<Goal> goals,
                                        Set<RepId> reps, ZoneId zone, Pace pace, Instant joined, Instant now) {
        Period month = Period.holding(GoalPeriod.MONTH, now, zone);
        Period week = Period.holding(GoalPeriod.WEEK, now, zone);
        Instant from = week.start().isBefore(month.start()) ? week.start() : month.start();
        Scoreboard board = new Scoreboard(tallies.read(workspace, reps, from, now));
        return goals.stream().sorted(Comparator.comparing(Goal::metric)).map(goal -> {
            Period period = goal.period() == GoalPeriod.WEEK ? week : month;
            Counts counts = board.total(reps, period.start(), now);
            return GoalProgress.of(goal, period, counts.of(goal.metric().counts()), pace, joined, now);
        }).toList();
    }
}
