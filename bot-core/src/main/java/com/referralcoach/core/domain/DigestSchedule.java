package com.referralcoach.core.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** When a team's weekly digest is posted, and where: a day and time in the team's time zone, and a channel. */
public record DigestSchedule(WorkspaceId workspace, String teamKey, ChannelRef channel, DayOfWeek day,
                             LocalTime time) {
    public DigestSchedule {
        Objects.requireNonNull(workspace, "workspace");
        Ids.requireId(teamKey, "team key");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(day, "day");
        time = Objects.requireNonNull(time, "time").withSecond(0).withNano(0);
    }
}
