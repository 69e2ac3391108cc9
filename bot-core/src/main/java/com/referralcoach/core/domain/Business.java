package com.referralcoach.core.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Business a rep won outside the referral pipeline ("closed $5k repeat business with Ken Adams"), as it was counted
 * in the tallies at {@code at}: kept so its amount can be corrected later, and the tallies with it.
 */
public record Business(WorkspaceId workspace, String id, RepId rep, BusinessSource source, Optional<Money> amount,
                       Optional<ContactId> customer, Instant at) {
    public Business {
        Objects.requireNonNull(workspace, "workspace");
        Ids.requireId(id, "business id");
        Objects.requireNonNull(rep, "rep");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(at, "at");
    }

    /** The same business with its amount corrected. */
    public Business withAmount(Money corrected) {
        return new Business(workspace, id, rep, source, Optional.of(corrected), customer, at);
    }
}
