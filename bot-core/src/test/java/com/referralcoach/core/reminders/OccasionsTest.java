package com.referralcoach.core.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.domain.WorkingHours;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class OccasionsTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final Occasions occasions = new Occasions(BERLIN, WorkingHours.DEFAULT);

    private static ZonedDateTime berlin(int year, int month, int day, int hour) {
        return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, BERLIN);
    }

    @Test
    void leapDayFallsOnTheTwentyEighthInOtherYears() {
        MonthDay leap = MonthDay.of(2, 29);
        assertThat(Occasions.next(leap, LocalDate.of(2027, 1, 10))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(Occasions.next(leap, LocalDate.of(2027, 3, 1))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(Occasions.next(MonthDay.of(4, 12), LocalDate.of(2026, 4, 12))).isEqualTo(LocalDate.of(2026, 4, 12));
    }

    @Test
    void theCardComesTwoWorkingDaysBeforeAcrossTheYearEnd() {
        // Friday 1 January 2027: Thursday 31 December and Wednesday 30 December are the two working days before.
        assertThat(occasions.cardDue(LocalDate.of(2027, 1, 1))).isEqualTo(berlin(2026, 12, 30, 8).toInstant());
        // Sunday 3 January 2027: the weekend does not count.
        assertThat(occasions.cardDue(LocalDate.of(2027, 1, 3))).isEqualTo(berlin(2026, 12, 31, 8).toInstant());
        // A Monday: the Thursday before.
        assertThat(occasions.cardDue(LocalDate.of(2027, 4, 12))).isEqualTo(berlin(2027, 4, 8, 8).toInstant());
    }

    @Test
    void theDayOnADayOffComesOnTheLastWorkingDayBefore() {
        assertThat(occasions.dayDue(LocalDate.of(2027, 2, 28))).isEqualTo(berlin(2027, 2, 26, 8).toInstant());
        assertThat(occasions.dayDue(LocalDate.of(2027, 3, 1))).isEqualTo(berlin(2027, 3, 1, 8).toInstant());
    }

    @Test
    void morningsKeepTheLocalHourAcrossTheClockChange() {
        // Monday 29 March 2027 is the first working day after clocks go forward in Berlin.
        assertThat(occasions.dayDue(LocalDate.of(2027, 3, 29))).isEqualTo(berlin(2027, 3, 29, 8).toInstant());
        assertThat(occasions.dayDue(LocalDate.of(2027, 3, 26)).atZone(BERLIN).getOffset().getTotalSeconds())
                .isEqualTo(3600);
        Occasions lateStarter = new Occasions(BERLIN, WorkingHours.DEFAULT.withWindow(10 * 60, 18 * 60));
        assertThat(lateStarter.dayDue(LocalDate.of(2027, 3, 29))).isEqualTo(berlin(2027, 3, 29, 10).toInstant());
    }
}
