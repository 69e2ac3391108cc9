package com.referralcoach.core.reminders;

import com.referralcoach.core.ReferralCoachException;
import com.referralcoach.core.domain.WorkingHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A rep's working hours as instants: when they are open, when they next open, and how far some working time
 * reaches. Each working day has one window, from its local start to its local end in the rep's zone (an end of
 * 24:00 is the next midnight), turned into instants the java.time way: a time in a daylight-saving gap moves
 * forward, a time in an overlap takes the earlier offset. So a window is as long as the real time it spans (on
 * the night clocks go forward, 00:00-24:00 lasts 23 hours), and a window squeezed to nothing by a gap is skipped.
 * Pure: every instant is passed in.
 */
public final class WorkingTime {
    /** Time zones change their rules, but never drop a whole year of working days. */
    private static final int DAYS_LOOKED_AHEAD = 2 * 366;
    private static final int DAY_MINUTES = 24 * 60;

    private final ZoneId zone;
    private final WorkingHours hours;

    public WorkingTime(ZoneId zone, WorkingHours hours) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.hours = Objects.requireNonNull(hours, "hours");
    }

    /** One day's working window, start inclusive, end exclusive. */
    private record Window(Instant start, Instant end) {
    }

    public boolean isOpen(Instant at) {
        return nextOpen(at).equals(at);
    }

    /** {@code at} itself inside working hours, else the start of the next working window. */
    public Instant nextOpen(Instant at) {
        Window window = firstEndingAfter(at);
        return at.isBefore(window.start()) ? window.start() : at;
    }

    /**
     * The first moment inside working hours by which {@code working} time inside working windows has passed since
     * {@code from}: one working hour after 18:30 with hours 08:00-19:00 is 08:30 on the next working day. Work
     * that ends exactly as a window closes is placed at the start of the next window, and zero working time
     * is {@link #nextOpen}, so the answer is always inside working hours.
     */
    public Instant plusWorking(Instant from, Duration working) {
        Objects.requireNonNull(working, "working");
        if (working.isNegative()) {
            throw new ReferralCoachException("working time can't be negative: " + working);
        }
        Instant cursor = from;
        Duration left = working;
        while (true) {
            Window window = firstEndingAfter(cursor);
            Instant start = cursor.isBefore(window.start()) ? window.start() : cursor;
            Duration open = Duration.between(start, window.end());
            if (left.compareTo(open) < 0) {
                return start.plus(left);
            }
            left = left.minus(open);
            cursor = window.end();
        }
    }

    /** One working day later: as much working time as one daily window holds (08:00-19:00 holds 11 hours). */
    public Instant plusWorkingDay(Instant from) {
        return plusWorking(from, Duration.ofMinutes(hours.endMinute() - hours.startMinute()));
    }

    /** The start of the first working window on a later local date than {@code at}'s: "tomorrow morning". */
    public Instant nextWorkingMorning(Instant at) {
        LocalDate today = at.atZone(zone).toLocalDate();
        for (int ahead = 1; ahead <= DAYS_LOOKED_AHEAD; ahead++) {
            Optional<Window> window = window(today.plusDays(ahead));
            if (window.isPresent()) {
                return window.get().start();
            }
        }
        throw noWindows(at);
    }

    /** The window {@code at} is in, or else the next one; yesterday's is looked at as a zone may shift dates. */
    private Window firstEndingAfter(Instant at) {
        LocalDate yesterday = at.atZone(zone).toLocalDate().minusDays(1);
        for (int ahead = 0; ahead <= DAYS_LOOKED_AHEAD; ahead++) {
            Optional<Window> window = window(yesterday.plusDays(ahead));
            if (window.isPresent() && window.get().end().isAfter(at)) {
                return window.get();
            }
        }
        throw noWindows(at);
    }

    private Optional<Window> window(LocalDate date) {
        if (!hours.isWorkDay(date.getDayOfWeek())) {
            return Optional.empty();
        }
        Instant start = instant(date, hours.startMinute());
        Instant end = instant(date, hours.endMinute());
        return start.isBefore(end) ? Optional.of(new Window(start, end)) : Optional.empty();
    }

    private Instant instant(LocalDate date, int minuteOfDay) {
        LocalDate day = minuteOfDay == DAY_MINUTES ? date.plusDays(1) : date;
        LocalTime time = LocalTime.ofSecondOfDay((long) (minuteOfDay % DAY_MINUTES) * 60);
        return ZonedDateTime.of(day, time, zone).toInstant();
    }

    private ReferralCoachException noWindows(Instant at) {
        return new ReferralCoachException("no working window within two years of " + at + " in " + zone + " for "
                + hours.display());
    }
}
