package com.referralcoach.core.language;

import java.util.Objects;
import java.util.Optional;

/** "referral month": how the rep's referral month is going; "team East referral month": each member's. */
public record ShowReferralMonth(Optional<String> team) implements Command {
    public ShowReferralMonth {
        Objects.requireNonNull(team, "team");
    }

    /** The rep's own progress. */
    public ShowReferralMonth() {
        this(Optional.empty());
    }
}
