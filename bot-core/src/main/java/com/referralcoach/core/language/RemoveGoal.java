package com.referralcoach.core.language;

import com.referralcoach.core.domain.GoalMetric;

import java.util.Objects;
import java.util.Optional;

/** "remove goal asks", "team East remove goal referrals": the goal is dropped. */
public record RemoveGoal(Optional<String> team, GoalMetric metric) implements Command {
    public RemoveGoal {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(metric, "metric");
    }
}
