package com.referralcoach.core.language;

import java.util.Objects;

/** "team East tz America/New_York": the zone the team's weeks and digests run in. */
public record SetTeamZone(String team, java.time.ZoneId zone) implements Command {
    public SetTeamZone {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(zone, "zone");
    }
}
