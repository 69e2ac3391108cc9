package com.referralcoach.core.language;

import java.util.Objects;

/** "team East: @ana @ben @cy": the team is made of exactly these reps. */
public record FormTeam(String team, java.util.List<String> members) implements Command {
    public FormTeam {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(members, "members");
        members = java.util.List.copyOf(members);
    }
}
