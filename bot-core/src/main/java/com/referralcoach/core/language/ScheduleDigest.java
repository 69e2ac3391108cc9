package com.referralcoach.core.language;

import java.util.Objects;

/** "digest East to #sales-east every monday 9:00": the weekly digest, in the team's zone. */
public record ScheduleDigest(String team, com.referralcoach.core.domain.ChannelRef channel, java.time.DayOfWeek day, java.time.LocalTime time) implements Command {
    public ScheduleDigest {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(time, "time");
    }
}
