package com.referralcoach.core.language;

import java.util.Objects;

/** "add @dan to team East", "remove @ben from team East": members join or leave one team. */
public record ChangeTeam(String team, java.util.List<String> members, boolean joining) implements Command {
    public ChangeTeam {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(members, "members");
        members = java.util.List.copyOf(members);
    }
}
