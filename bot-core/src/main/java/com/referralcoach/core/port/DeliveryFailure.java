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
    private final boolean notInChannel;

    public DeliveryFailure(String message, Optional<Duration> retryAfter, boolean permanent) {
        this(message, retryAfter, permanent, false);
    }

    private DeliveryFailure(String message, Optional<Duration> retryAfter, boolean permanent, boolean notInChannel) {
        super(message);
        this.retryAfter = retryAfter;
        this.permanent = permanent;
        this.notInChannel = notInChannel;
    }

    /** The bot is not a member of the channel it was to post in: someone must invite it there first. */
    public static DeliveryFailure notInChannel(String message) {
        return new DeliveryFailure(message, Optional.empty(), true, true);
    }

    /** Whether the post failed only because the bot was never invited to the channel. */
    public boolean isNotInChannel() {
        return notInChannel;
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
