package com.referralcoach.core.reminders;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try a failed send again: exponential backoff from {@code firstDelay}, never sooner than the
 * platform's Retry-After, at most {@code maxDelay} apart, and {@code maxAttempts} tries in all.
 */
public record RetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofSeconds(5), Duration.ofMinutes(10), 10);

    public RetryPolicy {
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("a retry policy needs positive delays and at least one attempt");
        }
    }

    /** True when a reminder that has failed {@code failures} times may be tried once more. */
    public boolean allowsAnother(int failures) {
        return failures < maxAttempts;
    }

    /** When to try again after failure number {@code failures} (1 for the first), honouring Retry-After. */
    public Instant nextAttempt(Instant now, int failures, Optional<Duration> retryAfter) {
        Duration doubled = firstDelay.multipliedBy(1L << Math.min(20, Math.max(0, failures - 1)));
        Duration backoff = doubled.compareTo(maxDelay) > 0 ? maxDelay : doubled;
        Duration wait = retryAfter.filter(r -> r.compareTo(backoff) > 0).orElse(backoff);
        return now.plus(wait);
    }
}
