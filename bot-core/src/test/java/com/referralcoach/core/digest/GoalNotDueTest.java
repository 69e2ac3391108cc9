package com.referralcoach.core.digest;

import com.referralcoach.core.domain.Goal;
import com.referralcoach.core.domain.GoalMetric;
import com.referralcoach.core.domain.GoalOwner;
import com.referralcoach.core.domain.GoalPeriod;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkingHours;
import com.referralcoach.core.domain.WorkspaceId;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

/** A goal met when no work day of its period is left: what was done, and when it starts counting; never "N of 0". */
class GoalNotDueTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Pace MON_FRI = new Pace(WorkingHours.DEFAULT);
    private static final Instant LONG_AGO = Instant.parse("2026-01-05T09:00:00Z");

    private static Instant berlin(int month, int day, int hour) {
        return ZonedDateTime.of(2026, month, day, hour, 0, 0, 0, BERLIN).toInstant();
    }

    private static Goal asks(int target, GoalPeriod period, Instant setAt) {
        return new Goal(new WorkspaceId("w"), GoalOwner.rep(new RepId("ana")), GoalMetric.ASKS, target, period, setAt);
    }

    @Test
    void aRepWhoJoinsOnSaturdaySeesWhatTheyDidAndWhenTheGoalCounts() {
        Instant saturday = berlin(12, 5, 10);
        Period week = Period.holding(GoalPeriod.WEEK, saturday, BERLIN);

        GoalProgress progress = GoalProgress.of(asks(3, GoalPeriod.WEEK, saturday), week, 1, MON_FRI, saturday,
                berlin(12, 5, 11));

        assertThat(progress.mark()).isEqualTo(GoalProgress.Mark.NOT_DUE);
        assertThat(progress.display()).isEqualTo(
                "1 ask so far this week (Nov 30-Dec 6); your goal of 3 a week counts from Monday 7 Dec");
        assertThat(progress.digestDisplay()).isEqualTo("3 asks a week, counted from Monday 7 Dec"
                + " (1 so far in the week of Nov 30-Dec 6, begun after its last work day)");
        assertThat(progress.counted()).isFalse();
    }

    @Test
    void aGoalSetOnSundayByALongStandingRepCountsFromTheirNextWorkDay() {
        Instant sunday = berlin(12, 6, 20);
        Period week = Period.holding(GoalPeriod.WEEK, sunday, BERLIN);
        Pace tuesdayToSaturday = new Pace(WorkingHours.DEFAULT.withDays(
                EnumSet.range(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY)));

        GoalProgress progress = GoalProgress.of(asks(5, GoalPeriod.WEEK, sunday), week, 0, tuesdayToSaturday,
                LONG_AGO, sunday);

        assertThat(progress.display()).isEqualTo(
                "0 asks so far this week (Nov 30-Dec 6); your goal of 5 a week counts from Tuesday 8 Dec");
    }

    @Test
    void aMonthlyGoalSetOnTheLastWeekendOfTheMonthCountsFromTheNextMonthsFirstWorkDay() {
        Instant lastSaturday = berlin(10, 31, 9);
        Period october = Period.holding(GoalPeriod.MONTH, lastSaturday, BERLIN);

        GoalProgress progress = GoalProgress.of(asks(20, GoalPeriod.MONTH, lastSaturday), october, 12, MON_FRI,
                LONG_AGO, lastSaturday);

        assertThat(progress.display()).isEqualTo(
                "12 asks so far this month (October 2026); your goal of 20 a month counts from Monday 2 Nov");
    }

    @Test
    void aGoalSetOnFridayStillCountsThatWeekProratedOnlyForAJoiner() {
        Instant friday = berlin(12, 4, 18);
        Period week = Period.holding(GoalPeriod.WEEK, friday, BERLIN);

        GoalProgress joinedFriday = GoalProgress.of(asks(5, GoalPeriod.WEEK, friday), week, 0, MON_FRI, friday,
                friday);
        GoalProgress longStanding = GoalProgress.of(asks(5, GoalPeriod.WEEK, friday), week, 5, MON_FRI, LONG_AGO,
                friday);

        assertThat(joinedFriday.display()).isEqualTo(
                "0 of 1 asks (week of Nov 30-Dec 6; 5 prorated, joined mid-week): on track");
        assertThat(longStanding.display()).isEqualTo("5 of 5 asks (week of Nov 30-Dec 6): met");
    }
}
