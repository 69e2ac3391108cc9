package com.referralcoach.core.digest;

import com.referralcoach.core.domain.GoalPeriod;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;

/**
 * A week (Monday to Sunday) or a calendar month in one time zone, as the instants [start, end) it covers; a
 * week across a daylight-saving change is 167 or 169 hours long.
 */
public record Period(GoalPeriod kind, LocalDate first, ZoneId zone) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.US);

    public Period {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(zone, "zone");
        first = kind == GoalPeriod.WEEK ? mondayOf(first) : first.withDayOfMonth(1);
    }

    /** The week or month holding {@code now}'s date in {@code zone}. */
    public static Period holding(GoalPeriod kind, Instant now, ZoneId zone) {
        return new Period(kind, now.atZone(zone).toLocalDate(), zone);
    }

    /** The last whole week before the one holding {@code now}. */
    public static Period weekJustEnded(Instant now, ZoneId zone) {
        return holding(GoalPeriod.WEEK, now, zone).previous();
    }

    public static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The day after the period's last day. */
    public LocalDate next() {
        return kind == GoalPeriod.WEEK ? first.plusWeeks(1) : first.plusMonths(1);
    }

    public Period previous() {
        return new Period(kind, kind == GoalPeriod.WEEK ? first.minusWeeks(1) : first.minusMonths(1), zone);
    }

    public Instant start() {
        return first.atStartOfDay(zone).toInstant();
    }

    public Instant end() {
        return next().atStartOfDay(zone).toInstant();
    }

    public Duration length() {
        return Duration.between(start(), end());
    }

    public boolean contains(Instant at) {
        return !at.isBefore(start()) && at.isBefore(end());
    }

    /** "Nov 16-22" for a week, "November 2026" for a month. */
    public String display() {
        if (kind == GoalPeriod.MONTH) {
            return first.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.US));
        }
        LocalDate last = next().minusDays(1);
        String end = last.getMonth() == first.getMonth() ? String.valueOf(last.getDayOfMonth()) : last.format(DAY);
        return first.format(DAY) + "-" + end;
    }

    /** Where the part of the period up to {@code now} ends: its end, or {@code now} while it is still running. */
    public Instant endUpTo(Instant now) {
        return now.isBefore(end()) ? now : end();
    }

    /**
     * The part of the period up to {@code now}, named for a digest: the whole month's or week's name once it has ended
     * ("November 2026"), else its days so far ("Dec 1-5 so far", "Dec 1 so far" on the first day).
     */
    public String displayUpTo(Instant now) {
        if (!now.isBefore(end())) {
            return display();
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        String last = today.equals(first) ? "" : "-" + (today.getMonth() == first.getMonth()
                ? String.valueOf(today.getDayOfMonth()) : today.format(DAY));
        return first.format(DAY) + last + " so far";
    }

    /** The start of the period as a zoned time, for messages. */
    public ZonedDateTime startAtZone() {
        return start().atZone(zone);
    }
}
