package com.referralcoach.core.language;

import java.util.Objects;

/** "stop digest East": no more weekly digest for the team. */
public record StopDigest(String team) implements Command {
    public StopDigest {
        Objects.requireNonNull(team, "team");
    }
}
