package com.referralcoach.core.language;


import java.util.Objects;
import java.util.Optional;

/** "goals", "team East goals": progress on each goal for the current period. */
public record ShowGoals(Optional<String> team) implements Command {
    public ShowGoals {
        Objects.requireNonNull(team, "team");
    }
}
