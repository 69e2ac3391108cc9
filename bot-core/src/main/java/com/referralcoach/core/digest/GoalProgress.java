package com.referralcoach.core.digest;

import com.referralcoach.core.domain.Goal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * One goal against what was done in its period so far, with the mark a manager scans for. {@code countsFrom} is
 * the first day the goal is measured on: the period's first day, or, when no work day of the period was left once
 * the rep joined or the goal was set, the first work day of the next period.
 */
public record GoalProgress(Goal goal, Period period, long done, long target, double expected, Mark mark,
                           LocalDate countsFrom) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMM", Locale.US);

    /** Met, on track for the period, or behind (including a period that ended short); or not counted at all. */
    public enum Mark {
        MET("met"), ON_TRACK("on track"), BEHIND("behind"), NOT_DUE("counts from the next period"),
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
        Objects.requireNonNull(countsFrom, "countsFrom");
    }

    /**
     * Measures {@code done} against the goal at {@code now}, prorated from {@code joined}. A goal whose period has
     * no work day left after the rep joined or the goal was set is not due in it: it counts from the next period.
     */
    public static GoalProgress of(Goal goal, Period period, long done, Pace pace, Instant joined, Instant now) {
        if (!goal.setAt().isBefore(period.end())) {
            return new GoalProgress(goal, period, done, goal.target(), 0, Mark.SET_AFTER, period.first());
        }
        Instant from = goal.setAt().isAfter(joined) ? goal.setAt() : joined;
        if (pace.noWorkDayLeft(period, from)) {
            return new GoalProgress(goal, period, done, goal.target(), 0, Mark.NOT_DUE,
                    pace.firstWorkDayFrom(period.next()));
        }
        long target = Math.max(1, pace.target(goal.target(), period, joined));
        double expected = pace.expectedBy(target, period, joined, now);
        Mark mark;
        if (done >= target) {
            mark = Mark.MET;
        } else if (!now.isBefore(period.end()) || done < Math.floor(expected)) {
            mark = Mark.BEHIND;
        } else {
            mark = Mark.ON_TRACK;
        }
        return new GoalProgress(goal, period, done, target, expected, mark, period.first());
    }

    /** Whether the goal is measured in this period at all (a chart leaves it out when it is not). */
    public boolean counted() {
        return mark != Mark.NOT_DUE && mark != Mark.SET_AFTER;
    }

    /**
     * For the rep: "3 of 5 asks (week of Nov 30-Dec 6): on track"; a target cut for someone who joined during the
     * period says so: "0 of 2 asks (week of Nov 30-Dec 6; 3 prorated, joined mid-week)"; a goal not due yet says
     * what was done and when it counts: "1 ask so far this week (Nov 30-Dec 6); your goal of 3 a week counts from
     * Monday 7 Dec".
     */
    public String display() {
        if (mark == Mark.NOT_DUE) {
            return goal.metric().count(done) + " so far this " + goal.period().label() + " (" + period.display()
                    + "); your goal of " + goal.target() + " a " + goal.period().label() + " counts from "
                    + countsFrom.format(DAY);
        }
        return measured();
    }

    /**
     * For a manager's digest, in the third person: "3 asks a week, counted from Monday 7 Dec (1 so far in the week
     * of Nov 30-Dec 6, begun after its last work day)"; otherwise as {@link #display()}.
     */
    public String digestDisplay() {
        if (mark == Mark.NOT_DUE) {
            return goal.target() + " " + goal.metric().label() + " a " + goal.period().label() + ", counted from "
                    + countsFrom.format(DAY) + " (" + done + " so far in the " + goal.period().label() + " of "
                    + period.display() + ", begun after its last work day)";
        }
        return measured();
    }

    private String measured() {
        String prorated = target < goal.target()
                ? "; " + goal.target() + " prorated, joined mid-" + goal.period().label() : "";
        return done + " of " + target + " " + goal.metric().label() + " (" + goal.period().label() + " of "
                + period.display() + prorated + "): " + mark.label();
    }
}
