package com.referralcoach.core.language;

import java.util.Objects;
import java.util.Optional;

/** What the rep knows about a new lead: how to reach them and what they need. */
public record LeadDetails(Optional<String> email, Optional<String> phone, Optional<String> need) {
    public LeadDetails {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(need, "need");
    }

    public static LeadDetails none() {
        return new LeadDetails(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
