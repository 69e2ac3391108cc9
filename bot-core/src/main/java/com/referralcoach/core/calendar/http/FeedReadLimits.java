package com.referralcoach.core.calendar.http;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How far a feed read may go: the time for the whole read (redirects included), the most bytes read, whether
 * private and loopback addresses may be read (tests and trials only), and the most redirects followed.
 */
public record FeedReadLimits(Duration timeout, long mostBytes, boolean allowLocal, int mostRedirects) {
    /** Set to {@code true}, lets a feed on 127.0.0.1 or another local address be read. */
    public static final String ALLOW_LOCAL = "REFERRAL_COACH_CALENDAR_ALLOW_LOCAL";

    public FeedReadLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero() || mostBytes < 1 || mostRedirects < 0) {
            throw new IllegalArgumentException("limits are positive");
        }
    }

    /** 10 s, 5 MB, 5 redirects; local addresses refused unless the environment allows them. */
    public static FeedReadLimits fromEnvironment(Map<String, String> environment) {
        return new FeedReadLimits(Duration.ofSeconds(10), 5L * 1024 * 1024,
                "true".equalsIgnoreCase(environment.getOrDefault(ALLOW_LOCAL, "").strip()), 5);
    }

    /** The same limits with another time for the whole read. */
    public FeedReadLimits withTimeout(Duration timeout) {
        return new FeedReadLimits(timeout, mostBytes, allowLocal, mostRedirects);
    }
}
