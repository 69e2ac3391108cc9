package com.referralcoach.core.language;

import com.referralcoach.core.ReferralCoachException;
import java.util.Objects;

/** "check in with Jane Doe every 30 days": how often the rep wants to be in touch. */
public record SetCheckInCadence(PersonRef person, int days) implements Command {
    public SetCheckInCadence {
        Objects.requireNonNull(person, "person");
        if (days < 1 || days > 366) {
            throw new ReferralCoachException("a check-in cadence is 1-366 days");
        }
    }
}
