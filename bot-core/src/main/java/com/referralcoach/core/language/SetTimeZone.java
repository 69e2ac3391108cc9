package com.referralcoach.core.language;

import java.time.ZoneId;
import java.util.Objects;

/** "my timezone is Europe/Berlin", "tz America/New_York". */
public record SetTimeZone(ZoneId zone) implements Command {
    public SetTimeZone {
        Objects.requireNonNull(zone, "zone");
    }
}
