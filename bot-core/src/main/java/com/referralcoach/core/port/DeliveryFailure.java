package com.referralcoach.core.port;

import com.referralcoach.core.ReferralCoachException;
import java.time.Duration;
import java.util.Optional;

/**
 * A platform did not take a message: {@code retryAfter} is the wait it asked for (HTTP 429 Retry-After), and
 * a permanent failure (unknown user, no access) is not worth retrying. Two permanent failures say more: the bot is
 * not in the channel (someone must invite it), or the workspace removed the bot (nothing goes there until it is
 * back).
 */
public class DeliveryFailure extends ReferralCoachException {
    private enum Kind { TEMPORARY, PERMANENT, NOT_IN_CHANNEL, WORKSPACE_GONE }

    private final Optional<Duration> retryAfter;
    private final Kind kind;

    public DeliveryFailure(String message, Optional<Duration> retryAfter, boolean permanent) {
        this(message, retryAfter, permanent ? Kind.PERMANENT : Kind.TEMPORARY);
    }

    private DeliveryFailure(String message, Optional<Duration> retryAfter, Kind kind) {
        super(message);
        this.retryAfter = retryAfter;
        this.kind = kind;
    }

    public static DeliveryFailure rateLimited(Duration retryAfter) {
        return new DeliveryFailure("rate limited; retry after " + retryAfter.toSeconds() + " s",
                Optional.of(retryAfter), Kind.TEMPORARY);
    }

    public static DeliveryFailure temporary(String message) {
        return new DeliveryFailure(message, Optional.empty(), Kind.TEMPORARY);
    }

    public static DeliveryFailure permanent(String message) {
        return new DeliveryFailure(message, Optional.empty(), Kind.PERMANENT);
    }

    /** The bot is not a member of the channel it was to post in: someone must invite it there first. */
    public static DeliveryFailure notInChannel(String message) {
        return new DeliveryFailure(message, Optional.empty(), Kind.NOT_IN_CHANNEL);
    }

    /** The workspace removed the bot or revoked its token: nothing is sent there until it is back. */
    public static DeliveryFailure workspaceGone(String message) {
        return new DeliveryFailure(message, Optional.empty(), Kind.WORKSPACE_GONE);
    }

    public Optional<Duration> retryAfter() {
        return retryAfter;
    }

    public boolean isPermanent() {
        return kind != Kind.TEMPORARY;
    }

    /** Whether the post failed only because the bot was never invited to the channel. */
    public boolean isNotInChannel() {
        return kind == Kind.NOT_IN_CHANNEL;
    }

    /** Whether the workspace no longer has the bot (uninstalled, token revoked); said once where it is found. */
    public boolean isWorkspaceGone() {
        return kind == Kind.WORKSPACE_GONE;
    }
}
