package com.referralcoach.core.language;

import java.util.Objects;

/** "manager of East: @dana": the manager who reads the team's digest. */
public record SetTeamManager(String team, String manager) implements Command {
    public SetTeamManager {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(manager, "manager");
    }
}
