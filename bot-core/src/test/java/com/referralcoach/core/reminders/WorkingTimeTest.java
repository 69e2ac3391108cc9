package com.referralcoach.core.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.referralcoach.core.ReferralCoachException;
import com.referralcoach.core.domain.WorkingHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working time in Berlin, away from daylight-saving changes: the default Mon-Fri 08:00-19:00 unless said. */
class WorkingTimeTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final WorkingTime DEFAULT = new WorkingTime(BERLIN, WorkingHours.DEFAULT);
    private static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);

    @ParameterizedTest
    @CsvSource(textBlock = """
            2026-11-23T10:00+01:00,    true
            2026-11-23T08:00+01:00,    true
            2026-11-23T18:59:59+01:00, true
            2026-11-23T07:59:59+01:00, false
            2026-11-23T19:00+01:00,    false
            2026-11-28T10:00+01:00,    false
            2026-11-29T10:00+01:00,    false
            2026-11-23T09:00Z,         true
            2026-11-23T18:30Z,         false
            """)
    void isOpenInsideTheDailyWindowOnWorkDays(String at, boolean open) {
        assertThat(DEFAULT.isOpen(at(at))).isEqualTo(open);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2026-11-23T10:00+01:00, 2026-11-23T10:00+01:00
            2026-11-23T06:15+01:00, 2026-11-23T08:00+01:00
            2026-11-23T19:00+01:00, 2026-11-24T08:00+01:00
            2026-11-23T23:59+01:00, 2026-11-24T08:00+01:00
            2026-11-27T19:00+01:00, 2026-11-30T08:00+01:00
            2026-11-28T12:00+01:00, 2026-11-30T08:00+01:00
            2026-11-29T23:59+01:00, 2026-11-30T08:00+01:00
            """)
    void nextOpenIsNowInsideOrTheNextWindowStart(String at, String expected) {
        assertThat(DEFAULT.nextOpen(at(at))).isEqualTo(at(expected));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2026-11-23T18:30+01:00, PT1H,  2026-11-24T08:30+01:00
            2026-11-27T18:30+01:00, PT1H,  2026-11-30T08:30+01:00
            2026-11-28T10:00+01:00, PT1H,  2026-11-30T09:00+01:00
            2026-11-29T23:00+01:00, PT1H,  2026-11-30T09:00+01:00
            2026-11-23T10:00+01:00, PT1H,  2026-11-23T11:00+01:00
            2026-11-23T06:00+01:00, PT30M, 2026-11-23T08:30+01:00
            2026-11-23T18:00+01:00, PT1H,  2026-11-24T08:00+01:00
            2026-11-23T10:00+01:00, PT0S,  2026-11-23T10:00+01:00
            2026-11-23T20:00+01:00, PT0S,  2026-11-24T08:00+01:00
            2026-11-23T10:00+01:00, PT33H, 2026-11-26T10:00+01:00
            2026-11-26T10:00+01:00, PT55H, 2026-12-03T10:00+01:00
            """)
    void plusWorkingCountsOnlyTimeInsideWindows(String from, Duration working, String expected) {
        assertThat(DEFAULT.plusWorking(at(from), working)).isEqualTo(at(expected));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2026-11-23T10:00+01:00, 2026-11-24T10:00+01:00
            2026-11-23T08:00+01:00, 2026-11-24T08:00+01:00
            2026-11-23T18:30+01:00, 2026-11-24T18:30+01:00
            2026-11-27T10:00+01:00, 2026-11-30T10:00+01:00
            2026-11-28T10:00+01:00, 2026-12-01T08:00+01:00
            """)
    void aWorkingDayIsOneDailyWindowOfWorkingTime(String from, String expected) {
        assertThat(DEFAULT.plusWorkingDay(at(from))).isEqualTo(at(expected));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2026-11-23T10:00+01:00, 2026-11-24T08:00+01:00
            2026-11-23T06:00+01:00, 2026-11-24T08:00+01:00
            2026-11-23T23:30+01:00, 2026-11-24T08:00+01:00
            2026-11-27T10:00+01:00, 2026-11-30T08:00+01:00
            2026-11-28T23:30+01:00, 2026-11-30T08:00+01:00
            """)
    void theNextWorkingMorningIsOnALaterDate(String at, String expected) {
        assertThat(DEFAULT.nextWorkingMorning(at(at))).isEqualTo(at(expected));
    }

    @Test
    void workDaysMonToThuSkipFriday() {
        WorkingTime monToThu = berlin(8, 19, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY));

        assertThat(monToThu.plusWorking(at("2026-11-26T18:30+01:00"), Duration.ofHours(1)))
                .isEqualTo(at("2026-11-30T08:30+01:00"));
        assertThat(monToThu.isOpen(at("2026-11-27T10:00+01:00"))).isFalse();
        assertThat(monToThu.nextWorkingMorning(at("2026-11-26T10:00+01:00"))).isEqualTo(at("2026-11-30T08:00+01:00"));
    }

    @Test
    void workDaysMonToSunHaveNoWeekend() {
        WorkingTime everyDay = berlin(8, 19, EVERY_DAY);

        assertThat(everyDay.plusWorking(at("2026-11-27T18:30+01:00"), Duration.ofHours(1)))
                .isEqualTo(at("2026-11-28T08:30+01:00"));
        assertThat(everyDay.nextOpen(at("2026-11-28T07:00+01:00"))).isEqualTo(at("2026-11-28T08:00+01:00"));
        assertThat(everyDay.plusWorkingDay(at("2026-11-28T10:00+01:00"))).isEqualTo(at("2026-11-29T10:00+01:00"));
    }

    @Test
    void workingHours0To24EveryDayAreAlwaysOpen() {
        WorkingTime always = berlin(0, 24, EVERY_DAY);
        Instant saturdayNight = at("2026-11-28T23:59:59+01:00");

        assertThat(always.isOpen(saturdayNight)).isTrue();
        assertThat(always.isOpen(at("2026-11-29T00:00+01:00"))).isTrue();
        assertThat(always.nextOpen(saturdayNight)).isEqualTo(saturdayNight);
        assertThat(always.plusWorking(saturdayNight, Duration.ofHours(5)))
                .isEqualTo(saturdayNight.plus(Duration.ofHours(5)));
        assertThat(always.plusWorkingDay(at("2026-11-28T10:00+01:00"))).isEqualTo(at("2026-11-29T10:00+01:00"));
        assertThat(always.nextWorkingMorning(at("2026-11-28T10:00+01:00"))).isEqualTo(at("2026-11-29T00:00+01:00"));
    }

    @Test
    void workingHours0To24OnWeekdaysCloseAtSaturdayMidnight() {
        WorkingTime weekdays = berlin(0, 24, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

        assertThat(weekdays.isOpen(at("2026-11-27T23:59:59+01:00"))).isTrue();
        assertThat(weekdays.isOpen(at("2026-11-28T00:00+01:00"))).isFalse();
        assertThat(weekdays.plusWorking(at("2026-11-27T23:00+01:00"), Duration.ofHours(2)))
                .isEqualTo(at("2026-11-30T01:00+01:00"));
    }

    @Test
    void aSundayOnlyWeekWaitsForTheNextSunday() {
        WorkingTime sundays = berlin(9, 17, EnumSet.of(DayOfWeek.SUNDAY));

        assertThat(sundays.nextOpen(at("2026-11-23T10:00+01:00"))).isEqualTo(at("2026-11-29T09:00+01:00"));
        assertThat(sundays.plusWorking(at("2026-11-29T16:00+01:00"), Duration.ofHours(2)))
                .isEqualTo(at("2026-12-06T10:00+01:00"));
        assertThat(sundays.plusWorkingDay(at("2026-11-29T09:00+01:00"))).isEqualTo(at("2026-12-06T09:00+01:00"));
        assertThat(sundays.nextWorkingMorning(at("2026-11-29T08:00+01:00"))).isEqualTo(at("2026-12-06T09:00+01:00"));
    }

    @Test
    void theYearEndIsJustAnotherNight() {
        assertThat(DEFAULT.plusWorking(at("2026-12-31T18:30+01:00"), Duration.ofHours(1)))
                .isEqualTo(at("2027-01-01T08:30+01:00"));
        assertThat(DEFAULT.nextWorkingMorning(at("2026-12-31T10:00+01:00"))).isEqualTo(at("2027-01-01T08:00+01:00"));
        assertThat(DEFAULT.plusWorking(at("2026-12-31T18:30+01:00"), Duration.ofHours(12)))
                .isEqualTo(at("2027-01-04T08:30+01:00"));
        assertThat(berlin(8, 19, EVERY_DAY).plusWorking(at("2026-12-31T18:30+01:00"), Duration.ofHours(12)))
                .isEqualTo(at("2027-01-02T08:30+01:00"));
        assertThat(DEFAULT.nextOpen(at("2027-12-31T19:30+01:00"))).isEqualTo(at("2028-01-03T08:00+01:00"));
    }

    @Test
    void february29thIsAWorkingDayIn2028() {
        assertThat(DEFAULT.plusWorking(at("2028-02-28T18:30+01:00"), Duration.ofHours(1)))
                .isEqualTo(at("2028-02-29T08:30+01:00"));
        assertThat(DEFAULT.plusWorking(at("2028-02-29T18:30+01:00"), Duration.ofHours(1)))
                .isEqualTo(at("2028-03-01T08:30+01:00"));
        assertThat(DEFAULT.nextWorkingMorning(at("2028-02-28T12:00+01:00"))).isEqualTo(at("2028-02-29T08:00+01:00"));
        assertThat(berlin(0, 24, EVERY_DAY).plusWorkingDay(at("2028-02-28T12:00+01:00")))
                .isEqualTo(at("2028-02-29T12:00+01:00"));
    }

    @Test
    void negativeWorkingTimeIsABug() {
        assertThatThrownBy(() -> DEFAULT.plusWorking(at("2026-11-23T10:00+01:00"), Duration.ofMinutes(-1)))
                .isInstanceOf(ReferralCoachException.class);
    }

    private static WorkingTime berlin(int startHour, int endHour, Set<DayOfWeek> days) {
        return new WorkingTime(BERLIN, new WorkingHours(startHour * 60, endHour * 60, days));
    }

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }
}
