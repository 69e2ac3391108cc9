package com.referralcoach.core.language;


import java.util.Objects;
import java.util.Optional;

/** "gave Ann Smith a referral: Carl Jones at Initech": a referral the rep gave, for the give-and-get ledger. */
public record GiveReferral(PersonRef to, Optional<String> referral) implements Command {
    public GiveReferral {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(referral, "referral");
    }
}
