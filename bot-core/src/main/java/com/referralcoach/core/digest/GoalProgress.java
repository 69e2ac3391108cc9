package com.referralcoach.core.digest;

import com.referralcoach.core.domain.Goal;

import java.time.Instant;
import java.util.Objects;

/** One goal against what was done in its period so far, with the mark a manager scans for. */
public record GoalProgress(Goal goal, Period period, long done, long target, double expected, Mark mark) {
    /** Met, on track for the period, or behind (including a period that ended short); or not counted at all. */
    public enum Mark {
        MET("met"), ON_TRACK("on track"), BEHIND("behind"), NOT_DUE("not counted: joined after the last work day"),
        SET_AFTER("not counted: set after it ended");

        private final String label;

        Mark(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public GoalProgress {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(mark, "mark");
    }

    /** Measures {@code done} against the goal at {@code now}, prorated from {@code joined}. */
    public static GoalProgress of(Goal goal, Period period, long done, Pace pace, Instant joined, Instant now) {
        long target = pace.target(goal.target(), period, joined);
        double expected = pace.expectedBy(target, period, joined, now);
        Mark mark;
        if (!goal.setAt().isBefore(period.end())) {
            mark = Mark.SET_AFTER;
        } else if (target == 0) {
            mark = Mark.NOT_DUE;
        } else if (done >= target) {
            mark = Mark.MET;
        } else if (!now.isBefore(period.end()) || done < Math.floor(expected)) {
            mark = Mark.BEHIND;
        } else {
            mark = Mark.ON_TRACK;
        }
        return new GoalProgress(goal, period, done, target, expected, mark);
    }

    /**
     * "3 of 5 asks (week of Nov 30-Dec 6): on track"; a target cut for someone who joined during the period says
     * so: "0 of 2 asks (week of Nov 30-Dec 6; 3 prorated, joined mid-week)".
     */
    public String display() {
        String prorated = target > 0 && target < goal.target()
                ? "; " + goal.target() + " prorated, joined mid-" + goal.period().label() : "";
        return done + " of " + target + " " + goal.metric().label() + " (" + goal.period().label() + " of "
                + period.display() + prorated + "): " + mark.label();
    }
}
