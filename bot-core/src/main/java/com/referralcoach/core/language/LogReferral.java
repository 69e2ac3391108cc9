package com.referralcoach.core.language;

import java.util.Objects;

/** "Jane Doe referred Tom Lee at Globex", "referral from Jane Doe: Tom Lee (Globex) tom@globex.com". */
public record LogReferral(PersonRef referrer, PersonRef lead, LeadDetails details) implements Command {
    public LogReferral {
        Objects.requireNonNull(referrer, "referrer");
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(details, "details");
    }
}
