package com.referralcoach.core.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.domain.WorkingHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The 2026 switch weekends: Berlin springs forward on 29 March (02:00 CET becomes 03:00 CEST) and falls back on
 * 25 October (03:00 CEST becomes 02:00 CET); New York on 8 March (02:00 EST to 03:00 EDT) and 1 November (02:00
 * EDT to 01:00 EST). Instants are written with their offsets so no expectation depends on a zone rule.
 */
class WorkingTimeDaylightSavingTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);

    @Test
    void fridayEveningToMondayKeepsTheLocalHourAcrossTheSwitch() {
        WorkingTime berlin = new WorkingTime(BERLIN, WorkingHours.DEFAULT);
        WorkingTime newYork = new WorkingTime(NEW_YORK, WorkingHours.DEFAULT);

        assertThat(berlin.plusWorking(at("2026-03-27T18:30+01:00"), Duration.ofHours(1)))
                .isEqualTo(at("2026-03-30T08:30+02:00"));
        assertThat(berlin.plusWorking(at("2026-10-23T18:30+02:00"), Duration.ofHours(1)))
                .isEqualTo(at("2026-10-26T08:30+01:00"));
        assertThat(newYork.plusWorking(at("2026-03-06T18:30-05:00"), Duration.ofHours(1)))
                .isEqualTo(at("2026-03-09T08:30-04:00"));
        assertThat(newYork.plusWorking(at("2026-10-30T18:30-04:00"), Duration.ofHours(1)))
                .isEqualTo(at("2026-11-02T08:30-05:00"));
        assertThat(berlin.nextWorkingMorning(at("2026-03-27T12:00+01:00"))).isEqualTo(at("2026-03-30T08:00+02:00"));
        assertThat(newYork.plusWorkingDay(at("2026-10-30T12:00-04:00"))).isEqualTo(at("2026-11-02T12:00-05:00"));
    }

    @Test
    void roundTheClockHoursCountRealHoursOverTheSpringForwardNight() {
        WorkingTime berlin = always(BERLIN);
        WorkingTime newYork = always(NEW_YORK);

        assertThat(berlin.plusWorking(at("2026-03-28T12:00+01:00"), Duration.ofHours(24)))
                .isEqualTo(at("2026-03-29T13:00+02:00"));
        assertThat(berlin.plusWorkingDay(at("2026-03-28T12:00+01:00"))).isEqualTo(at("2026-03-29T13:00+02:00"));
        assertThat(berlin.plusWorking(at("2026-03-29T01:30+01:00"), Duration.ofHours(1)))
                .isEqualTo(at("2026-03-29T03:30+02:00"));
        assertThat(berlin.nextWorkingMorning(at("2026-03-28T12:00+01:00"))).isEqualTo(at("2026-03-29T00:00+01:00"));
        assertThat(berlin.nextWorkingMorning(at("2026-03-29T12:00+02:00"))).isEqualTo(at("2026-03-30T00:00+02:00"));
        assertThat(newYork.plusWorking(at("2026-03-07T12:00-05:00"), Duration.ofHours(24)))
                .isEqualTo(at("2026-03-08T13:00-04:00"));
    }

    @Test
    void roundTheClockHoursCountRealHoursOverTheFallBackNight() {
        WorkingTime berlin = always(BERLIN);
        WorkingTime newYork = always(NEW_YORK);

        assertThat(berlin.plusWorking(at("2026-10-24T12:00+02:00"), Duration.ofHours(24)))
                .isEqualTo(at("2026-10-25T11:00+01:00"));
        assertThat(berlin.plusWorking(at("2026-10-25T00:00+02:00"), Duration.ofHours(24)))
                .as("the 25-hour Sunday has an hour left").isEqualTo(at("2026-10-25T23:00+01:00"));
        assertThat(newYork.plusWorking(at("2026-10-31T12:00-04:00"), Duration.ofHours(24)))
                .isEqualTo(at("2026-11-01T11:00-05:00"));
        Instant repeatedHalfPastOne = at("2026-11-01T01:30-05:00");
        assertThat(newYork.isOpen(repeatedHalfPastOne)).isTrue();
        assertThat(newYork.nextOpen(repeatedHalfPastOne)).isEqualTo(repeatedHalfPastOne);
    }

    @Test
    void anInstantInsideAWindowStaysTheSameInstant() {
        WorkingTime berlin = always(BERLIN);
        for (Instant at = at("2026-03-28T22:00Z"); at.isBefore(at("2026-03-29T04:00Z")); at = at.plusSeconds(600)) {
            assertThat(berlin.nextOpen(at)).isEqualTo(at);
            assertThat(berlin.plusWorking(at, Duration.ofMinutes(90))).isEqualTo(at.plus(Duration.ofMinutes(90)));
        }
        for (Instant at = at("2026-10-24T22:00Z"); at.isBefore(at("2026-10-25T04:00Z")); at = at.plusSeconds(600)) {
            assertThat(berlin.nextOpen(at)).isEqualTo(at);
            assertThat(berlin.plusWorking(at, Duration.ofMinutes(90))).isEqualTo(at.plus(Duration.ofMinutes(90)));
        }
    }

    @Test
    void aWindowInsideTheSpringGapIsSkippedThatDay() {
        WorkingTime twoToThree = new WorkingTime(BERLIN, new WorkingHours(2 * 60, 3 * 60, EVERY_DAY));

        assertThat(twoToThree.nextOpen(at("2026-03-29T01:30+01:00"))).isEqualTo(at("2026-03-30T02:00+02:00"));
        assertThat(twoToThree.isOpen(at("2026-03-29T03:00+02:00"))).isFalse();
        assertThat(twoToThree.nextWorkingMorning(at("2026-03-28T10:00+01:00"))).isEqualTo(at("2026-03-30T02:00+02:00"));
        assertThat(twoToThree.plusWorking(at("2026-03-28T02:30+01:00"), Duration.ofHours(1)))
                .isEqualTo(at("2026-03-30T02:30+02:00"));

        WorkingTime newYork = new WorkingTime(NEW_YORK, new WorkingHours(2 * 60, 3 * 60, EVERY_DAY));
        assertThat(newYork.nextOpen(at("2026-03-08T01:59-05:00"))).isEqualTo(at("2026-03-09T02:00-04:00"));
    }

    @Test
    void aWindowStartingInTheGapStartsWhenTheClockJumps() {
        WorkingTime halfPastTwo = new WorkingTime(BERLIN, new WorkingHours(2 * 60 + 30, 10 * 60, EVERY_DAY));

        assertThat(halfPastTwo.nextOpen(at("2026-03-29T01:00+01:00"))).isEqualTo(at("2026-03-29T03:30+02:00"));
        assertThat(halfPastTwo.plusWorkingDay(at("2026-03-29T03:30+02:00")))
                .as("7h30 of working time: 6h30 left on Sunday, 1h on Monday").isEqualTo(at("2026-03-30T03:30+02:00"));
    }

    @Test
    void aWindowOverTheRepeatedHourHoldsBothOfIt() {
        WorkingTime berlin = new WorkingTime(BERLIN, new WorkingHours(2 * 60, 3 * 60, EVERY_DAY));
        WorkingTime newYork = new WorkingTime(NEW_YORK, new WorkingHours(60, 2 * 60, EVERY_DAY));

        assertThat(berlin.nextOpen(at("2026-10-25T01:00+02:00"))).isEqualTo(at("2026-10-25T02:00+02:00"));
        assertThat(berlin.isOpen(at("2026-10-25T02:30+01:00"))).isTrue();
        assertThat(berlin.plusWorking(at("2026-10-25T02:00+02:00"), Duration.ofMinutes(90)))
                .isEqualTo(at("2026-10-25T02:30+01:00"));
        assertThat(berlin.plusWorking(at("2026-10-25T02:00+02:00"), Duration.ofHours(2)))
                .isEqualTo(at("2026-10-26T02:00+01:00"));
        assertThat(newYork.nextOpen(at("2026-11-01T00:30-04:00"))).isEqualTo(at("2026-11-01T01:00-04:00"));
        assertThat(newYork.isOpen(at("2026-11-01T01:59-05:00"))).isTrue();
        assertThat(newYork.isOpen(at("2026-11-01T02:00-05:00"))).isFalse();
    }

    @Test
    void everyDayWorkersWorkTheSwitchSunday() {
        WorkingTime newYork = new WorkingTime(NEW_YORK, WorkingHours.DEFAULT.withDays(EVERY_DAY));

        assertThat(newYork.plusWorking(at("2026-10-31T18:30-04:00"), Duration.ofHours(1)))
                .isEqualTo(at("2026-11-01T08:30-05:00"));
        assertThat(newYork.plusWorking(at("2026-03-07T18:30-05:00"), Duration.ofHours(1)))
                .isEqualTo(at("2026-03-08T08:30-04:00"));
    }

    private static WorkingTime always(ZoneId zone) {
        return new WorkingTime(zone, new WorkingHours(0, 24 * 60, EVERY_DAY));
    }

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }
}
