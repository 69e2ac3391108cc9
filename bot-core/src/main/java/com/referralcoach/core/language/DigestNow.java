package com.referralcoach.core.language;

import java.util.Objects;

/** "digest East now": the team's digest for the week just ended, shown at once. */
public record DigestNow(String team) implements Command {
    public DigestNow {
        Objects.requireNonNull(team, "team");
    }
}
