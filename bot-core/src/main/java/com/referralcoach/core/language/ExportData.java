package com.referralcoach.core.language;

import java.util.Objects;
import java.util.Optional;

/** "export" (the rep's own data) or "export team East" (a team's reps, for managers and admins), as a zip. */
public record ExportData(Optional<String> team) implements Command {
    public ExportData {
        Objects.requireNonNull(team, "team");
        if (team.filter(String::isBlank).isPresent()) {
            throw new IllegalArgumentException("a team export names the team");
        }
    }
}
