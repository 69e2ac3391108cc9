package com.referralcoach.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** The stretch of time a feed is expanded over: occurrences overlapping [from, to] are kept, no others. */
public record FeedWindow(Instant from, Instant to) {
    /** How far ahead a feed is read: a series without end gives 30 days of occurrences, never more. */
    public static final Duration AHEAD = Duration.ofDays(30);

    public FeedWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("a window ends after it starts");
        }
    }

    /** The next 30 days from {@code from}. */
    public static FeedWindow startingAt(Instant from) {
        return new FeedWindow(from, from.plus(AHEAD));
    }

    boolean overlaps(Instant start, Instant end) {
        boolean instant = end.equals(start);
        return start.isBefore(to) && (end.isAfter(from) || instant && !start.isBefore(from));
    }
}
