package com.referralcoach.core.domain;

import java.util.Objects;

/** Whose goal it is: one rep's ({@code id} is the rep id) or a team's ({@code id} is the team key). */
public record GoalOwner(Kind kind, String id) {
    public enum Kind { REP, TEAM }

    public GoalOwner {
        Objects.requireNonNull(kind, "kind");
        Ids.requireId(id, "goal owner");
    }

    public static GoalOwner rep(RepId rep) {
        return new GoalOwner(Kind.REP, rep.value());
    }

    public static GoalOwner team(Team team) {
        return new GoalOwner(Kind.TEAM, team.key());
    }
}
