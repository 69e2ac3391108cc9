package com.referralcoach.core.domain;

import java.util.UUID;

/** Identifies one stored referral. */
public record ReferralId(String value) {
    public ReferralId {
        Ids.requireId(value, "referral id");
    }

    public static ReferralId random() {
        return new ReferralId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
