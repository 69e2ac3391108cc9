package com.referralcoach.core.port;

import com.referralcoach.core.ReferralCoachException;
import java.time.Duration;
import java.util.Optional;

/**
 * A platform did not take a message: {@code retryAfter} is the wait it asked for (HTTP 429 Retry-After), and
 * a permanent failure (unknown user, no access) is not worth retrying.
 */
public class DeliveryFailure extends ReferralCoachException {
    private final Optional<Duration> retryAfter;
    private final boolean permanent;

    public DeliveryFailure(String message, Optional<Duration> retryAfter, boolean permanent) {
        super(message);
        this.retryAfter = retryAfter;
        this.permanent = permanent;
    }

    public static DeliveryFailure rateLimited(Duration retryAfter) {
        return new DeliveryFailure("rate limited; retry after " + retryAfter.toSeconds() + " s",
                Optional.of(retryAfter), false);
    }

    public static DeliveryFailure temporary(String message) {
        return new DeliveryFailure(message, Optional.empty(), false);
    }

    public static DeliveryFailure permanent(String message) {
        return new DeliveryFailure(message, Optional.empty(), true);
    }

    public Optional<Duration> retryAfter() {
        return retryAfter;
    }

    public boolean isPermanent() {
        return permanent;
    }
}
