package com.referralcoach.core.language;

import java.util.Objects;
import java.util.Optional;

/** "Jane Doe owns a business", "Jane Doe owns Jane's Bakery": referrals go both ways with owners. */
public record MarkBusinessOwner(PersonRef person, Optional<String> business) implements Command {
    public MarkBusinessOwner {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(business, "business");
    }
}
