package com.referralcoach.core.domain;

import com.referralcoach.core.ReferralCoachException;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One countable thing a rep did, at the instant it counts for; {@code amount} only for won business. */
public record Activity(WorkspaceId workspace, RepId rep, ActivityKind kind, Instant at, Optional<Money> amount) {
    public Activity {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(rep, "rep");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(amount, "amount");
        if (amount.isPresent() && kind != ActivityKind.LEAD_WON && kind != ActivityKind.WON_FROM_REFERRAL
                && kind != ActivityKind.WON_FROM_REPEAT) {
            throw new ReferralCoachException("only won business carries an amount");
        }
    }

    public static Activity of(WorkspaceId workspace, RepId rep, ActivityKind kind, Instant at) {
        return new Activity(workspace, rep, kind, at, Optional.empty());
    }
}
