package com.referralcoach.core.digest;

import com.referralcoach.core.domain.WorkingHours;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * How much of a goal should be done by now: the target spread evenly over the owner's work days in the period,
 * counted from when they joined (a rep who starts on Wednesday owes three fifths of a weekly goal).
 */
public record Pace(WorkingHours hours) {
    /** The target for the part of {@code period} from {@code joined} on, rounded up; 0 if no work day is left. */
    public long target(long fullTarget, Period period, Instant joined) {
        LocalDate from = startDay(period, joined);
        long all = workDays(period.first(), period.next());
        if (all == 0) {
            return fullTarget;
        }
        long left = workDays(from, period.next());
        return (long) Math.ceil(fullTarget * (double) left / all);
    }

    /** How many of {@code target} should be done at {@code now}: work days fully past, over all work days. */
    public double expectedBy(long target, Period period, Instant joined, Instant now) {
        LocalDate from = startDay(period, joined);
        long all = workDays(from, period.next());
        if (all == 0 || !now.isAfter(period.start())) {
            return 0;
        }
        if (!now.isBefore(period.end())) {
            return target;
        }
        ZonedDateTime local = now.atZone(period.zone());
        LocalDate today = local.toLocalDate();
        long past = workDays(from, today);
        if (hours.isWorkDay(today.getDayOfWeek()) && !today.isBefore(from)
                && local.getHour() * 60 + local.getMinute() >= hours.endMinute()) {
            past++;
        }
        return target * (double) past / all;
    }

    /**
     * Whether no work day of {@code period} is left from {@code from} on (a rep who joins, or a goal set, on the
     * Saturday of a Monday-Friday week), while the period has work days at all.
     */
    public boolean noWorkDayLeft(Period period, Instant from) {
        LocalDate day = startDay(period, from);
        return workDays(period.first(), period.next()) > 0 && workDays(day, period.next()) == 0;
    }

    /** The first of the owner's work days on or after {@code day}; {@code day} itself if none is set. */
    public LocalDate firstWorkDayFrom(LocalDate day) {
        for (int i = 0; i < 7; i++) {
            if (hours.isWorkDay(day.plusDays(i).getDayOfWeek())) {
                return day.plusDays(i);
            }
        }
        return day;
    }

    private static LocalDate startDay(Period period, Instant joined) {
        LocalDate joinedDay = joined.atZone(period.zone()).toLocalDate();
        return joinedDay.isAfter(period.first()) ? joinedDay : period.first();
    }

    private long workDays(LocalDate from, LocalDate until) {
        long days = 0;
        for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
            if (hours.isWorkDay(day.getDayOfWeek())) {
                days++;
            }
        }
        return days;
    }
}
