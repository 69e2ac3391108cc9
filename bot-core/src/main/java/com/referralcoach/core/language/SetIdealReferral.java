package com.referralcoach.core.language;

import java.util.Objects;
import java.util.Optional;

/**
 * "ideal referral: heads of operations at mid-size logistics firms": who the rep (or, with {@code team}, a team's
 * members by default) most wants to be introduced to. No {@code who} clears it.
 */
public record SetIdealReferral(Optional<String> team, Optional<String> who) implements Command {
    public SetIdealReferral {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(who, "who");
    }
}
