package com.referralcoach.core.reminders;

import com.referralcoach.core.domain.WorkingHours;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Yearly days (birthdays, customer anniversaries) as working moments: the next occurrence (29 February falls
 * on the 28th in other years), the card two working days before, the day itself (or the last working day
 * before it when it falls on a day off). Pure.
 */
public final class Occasions {
    private static final int CARD_WORKING_DAYS_AHEAD = 2;
    private static final int EARLIEST_MORNING_MINUTE = 8 * 60;

    private final ZoneId zone;
    private final WorkingHours hours;

    public Occasions(ZoneId zone, WorkingHours hours) {
        this.zone = zone;
        this.hours = hours;
    }

    /** The first occurrence of {@code day} on or after {@code from}. */
    public static LocalDate next(MonthDay day, LocalDate from) {
        LocalDate thisYear = day.atYear(from.getYear());
        return thisYear.isBefore(from) ? day.atYear(from.getYear() + 1) : thisYear;
    }

    /** The start of the working day two working days before {@code occasion}. */
    public Instant cardDue(LocalDate occasion) {
        LocalDate day = occasion;
        int found = 0;
        while (found < CARD_WORKING_DAYS_AHEAD) {
            day = day.minusDays(1);
            if (hours.isWorkDay(day.getDayOfWeek())) {
                found++;
            }
        }
        return morning(day);
    }

    /** The start of {@code occasion}'s working day, or of the last working day before it. */
    public Instant dayDue(LocalDate occasion) {
        LocalDate day = occasion;
        while (!hours.isWorkDay(day.getDayOfWeek())) {
            day = day.minusDays(1);
        }
        return morning(day);
    }

    /** The working day's start, not before 08:00; a start lost to a daylight-saving gap moves forward. */
    private Instant morning(LocalDate day) {
        int minute = Math.max(hours.startMinute(), Math.min(EARLIEST_MORNING_MINUTE, hours.endMinute() - 1));
        return ZonedDateTime.of(day, LocalTime.of(minute / 60, minute % 60), zone).toInstant();
    }
}
