package com.referralcoach.core.language;

import com.referralcoach.core.domain.GoalMetric;
import com.referralcoach.core.domain.GoalPeriod;

import java.util.Objects;
import java.util.Optional;

/** "goal 5 asks per week", "team East goal 20 referrals per month": a number to reach per period. */
public record SetGoal(Optional<String> team, GoalMetric metric, int target, GoalPeriod period) implements Command {
    public SetGoal {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(period, "period");
    }
}
