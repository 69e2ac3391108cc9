package com.referralcoach.core.domain;

import com.referralcoach.core.ReferralCoachException;

import java.time.Instant;
import java.util.Objects;

/** A number to reach per period: "5 asks per week" for a rep, "20 referrals per month" for a team. */
public record Goal(WorkspaceId workspace, GoalOwner owner, GoalMetric metric, int target, GoalPeriod period,
                   Instant setAt) {
    public static final int HIGHEST = 10_000;

    public Goal {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(setAt, "setAt");
        if (target < 1 || target > HIGHEST) {
            throw new ReferralCoachException("a goal is 1-" + HIGHEST);
        }
    }

    /** "5 asks per week". */
    public String display() {
        return target + " " + metric.label() + " per " + period.label();
    }
}
