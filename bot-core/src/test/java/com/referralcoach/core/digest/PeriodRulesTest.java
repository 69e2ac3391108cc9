package com.referralcoach.core.digest;

import com.referralcoach.core.domain.Goal;
import com.referralcoach.core.domain.GoalMetric;
import com.referralcoach.core.domain.GoalOwner;
import com.referralcoach.core.domain.GoalPeriod;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkingHours;
import com.referralcoach.core.domain.WorkspaceId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodRulesTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId KATHMANDU = ZoneId.of("Asia/Kathmandu");
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

    @Test
    void aPeriodUpToNowIsNamedByItsDaysSoFarUntilItEnds() {
        Period december = new Period(GoalPeriod.MONTH, LocalDate.of(2026, 12, 1), BERLIN);
        Instant fifth = ZonedDateTime.of(2026, 12, 5, 10, 0, 0, 0, BERLIN).toInstant();
        Instant first = ZonedDateTime.of(2026, 12, 1, 0, 0, 0, 0, BERLIN).toInstant();
        Instant newYearsEve = ZonedDateTime.of(2026, 12, 31, 23, 59, 0, 0, BERLIN).toInstant();

        assertThat(december.displayUpTo(fifth)).isEqualTo("Dec 1-5 so far");
        assertThat(december.displayUpTo(first)).isEqualTo("Dec 1 so far");
        assertThat(december.displayUpTo(newYearsEve)).isEqualTo("Dec 1-31 so far");
        assertThat(december.displayUpTo(december.end())).isEqualTo("December 2026");
        assertThat(december.endUpTo(fifth)).isEqualTo(fifth);
        assertThat(december.endUpTo(fifth.plus(Duration.ofDays(40)))).isEqualTo(december.end());
        Period week = new Period(GoalPeriod.WEEK, LocalDate.of(2026, 11, 30), BERLIN);
        assertThat(week.displayUpTo(fifth)).isEqualTo("Nov 30-Dec 5 so far");
        assertThat(week.displayUpTo(week.end())).isEqualTo("Nov 30-Dec 6");
    }

    @Test
    void aWeekRunsFromMondayMidnightToMondayMidnightInTheTeamsZone() {
        Instant sundayNightInBerlin = ZonedDateTime.of(2026, 11, 22, 23, 30, 0, 0, BERLIN).toInstant();
        Period berlin = Period.holding(GoalPeriod.WEEK, sundayNightInBerlin, BERLIN);
        Period newYork = Period.holding(GoalPeriod.WEEK, sundayNightInBerlin, NEW_YORK);

        assertThat(berlin.first()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(berlin.start()).isEqualTo(Instant.parse("2026-11-15T23:00:00Z"));
        assertThat(berlin.end()).isEqualTo(Instant.parse("2026-11-22T23:00:00Z"));
        assertThat(newYork.first()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(newYork.start()).isEqualTo(Instant.parse("2026-11-16T05:00:00Z"));
        assertThat(berlin.display()).isEqualTo("Nov 16-22");
    }

    @Test
    void theSameInstantFallsInDifferentWeeksInDifferentZones() {
        Instant mondayMorningInAuckland = Instant.parse("2026-11-22T20:00:00Z");
        assertThat(Period.holding(GoalPeriod.WEEK, mondayMorningInAuckland, AUCKLAND).first())
                .isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(Period.holding(GoalPeriod.WEEK, mondayMorningInAuckland, NEW_YORK).first())
                .isEqualTo(LocalDate.of(2026, 11, 16));
    }

    @Test
    void weeksAcrossDaylightSavingChangesAreAnHourShortOrLong() {
        Period spring = new Period(GoalPeriod.WEEK, LocalDate.of(2026, 3, 25), BERLIN);
        Period autumn = new Period(GoalPeriod.WEEK, LocalDate.of(2026, 10, 21), BERLIN);
        Period newYorkSpring = new Period(GoalPeriod.WEEK, LocalDate.of(2026, 3, 8), NEW_YORK);

        assertThat(spring.length()).isEqualTo(Duration.ofHours(167));
        assertThat(autumn.length()).isEqualTo(Duration.ofHours(169));
        assertThat(newYorkSpring.first()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(newYorkSpring.length()).isEqualTo(Duration.ofHours(167));
    }

    @Test
    void everyZonesMidnightFallsOnATallySlotBoundary() {
        for (ZoneId zone : new ZoneId[] {BERLIN, NEW_YORK, KATHMANDU, AUCKLAND, ZoneId.of("Asia/Kolkata"),
                ZoneId.of("Australia/Eucla")}) {
            Instant start = new Period(GoalPeriod.WEEK, LocalDate.of(2026, 11, 18), zone).start();
            assertThat(com.referralcoach.core.domain.Tally.slotOf(start)).as(zone.getId()).isEqualTo(start);
        }
    }

    @Test
    void theWeekJustEndedIsTheWholeWeekBeforeTheCurrentOne() {
        Instant mondayNine = ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, NEW_YORK).toInstant();
        Period week = Period.weekJustEnded(mondayNine, NEW_YORK);
        assertThat(week.first()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(week.end()).isEqualTo(ZonedDateTime.of(2026, 11, 23, 0, 0, 0, 0, NEW_YORK).toInstant());
    }

    @Test
    void aRepWhoJoinsOnWednesdayOwesThreeFifthsOfAWeeklyGoalRoundedUp() {
        Period week = new Period(GoalPeriod.WEEK, LocalDate.of(2026, 11, 16), BERLIN);
        Pace pace = new Pace(WorkingHours.DEFAULT);
        Instant wednesday = ZonedDateTime.of(2026, 11, 18, 10, 0, 0, 0, BERLIN).toInstant();
        Instant saturday = ZonedDateTime.of(2026, 11, 21, 10, 0, 0, 0, BERLIN).toInstant();

        assertThat(pace.target(5, week, wednesday)).isEqualTo(3);
        assertThat(pace.target(5, week, Instant.EPOCH)).isEqualTo(5);
        assertThat(pace.target(5, week, saturday)).isZero();
    }

    @Test
    void midweekTwoOfFiveWorkDaysArePastSoTwoOfFiveAsksAreOnTrackAndOneIsBehind() {
        Period week = new Period(GoalPeriod.WEEK, LocalDate.of(2026, 11, 16), BERLIN);
        Pace pace = new Pace(WorkingHours.DEFAULT);
        Instant wednesdayMorning = ZonedDateTime.of(2026, 11, 18, 9, 0, 0, 0, BERLIN).toInstant();
        Goal asks = new Goal(new WorkspaceId("w"), GoalOwner.rep(new RepId("ana")), GoalMetric.ASKS, 5,
                GoalPeriod.WEEK, Instant.EPOCH);

        assertThat(pace.expectedBy(5, week, Instant.EPOCH, wednesdayMorning)).isEqualTo(2.0);
        assertThat(GoalProgress.of(asks, week, 2, pace, Instant.EPOCH, wednesdayMorning).mark())
                .isEqualTo(GoalProgress.Mark.ON_TRACK);
        assertThat(GoalProgress.of(asks, week, 1, pace, Instant.EPOCH, wednesdayMorning).mark())
                .isEqualTo(GoalProgress.Mark.BEHIND);
        assertThat(GoalProgress.of(asks, week, 5, pace, Instant.EPOCH, wednesdayMorning).mark())
                .isEqualTo(GoalProgress.Mark.MET);
        assertThat(GoalProgress.of(asks, week, 4, pace, Instant.EPOCH, week.end()).mark())
                .isEqualTo(GoalProgress.Mark.BEHIND);
    }

    @Test
    void anEmptyWeekCountsNothingAndIsBehindOnceItIsOver() {
        Period week = new Period(GoalPeriod.WEEK, LocalDate.of(2026, 11, 16), BERLIN);
        Scoreboard empty = new Scoreboard(java.util.List.of());
        Counts counts = empty.of(new RepId("ana"), week.start(), week.end());
        Goal asks = new Goal(new WorkspaceId("w"), GoalOwner.rep(new RepId("ana")), GoalMetric.ASKS, 5,
                GoalPeriod.WEEK, Instant.EPOCH);

        assertThat(counts.of(com.referralcoach.core.domain.ActivityKind.ASK_MADE)).isZero();
        assertThat(counts.askRate()).isEmpty();
        assertThat(GoalProgress.of(asks, week, 0, new Pace(WorkingHours.DEFAULT), Instant.EPOCH, week.end()).mark())
                .isEqualTo(GoalProgress.Mark.BEHIND);
    }
}
