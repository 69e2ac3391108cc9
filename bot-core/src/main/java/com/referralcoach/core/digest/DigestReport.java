package com.referralcoach.core.digest;

import com.referralcoach.core.reply.Reply;

import java.util.List;
import java.util.Objects;

/** A team's weekly digest: the message to post, and what its chart shows. */
public record DigestReport(String teamName, Period week, Reply message, List<GoalBar> goals,
                           List<TrendPoint> trend) {
    public DigestReport {
        Objects.requireNonNull(teamName, "teamName");
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(message, "message");
        goals = List.copyOf(goals);
        trend = List.copyOf(trend);
    }

    /** The chart as a PNG: goal progress per rep over the team's weekly trend. */
    public byte[] chart() {
        return DigestChart.png("Team " + teamName + ", week of " + week.display(), goals, trend);
    }
}
