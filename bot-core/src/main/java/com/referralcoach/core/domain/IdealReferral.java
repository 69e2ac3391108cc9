package com.referralcoach.core.domain;

import com.referralcoach.core.ReferralCoachException;
import java.util.Objects;

/**
 * Who a rep most wants to meet ("heads of operations at mid-size logistics firms"), set by the rep or, as a
 * default for its members, by a team's manager ({@code team} names that team).
 */
public record IdealReferral(String who, java.util.Optional<String> team) {
    public static final int LONGEST = 160;

    public IdealReferral {
        who = Objects.requireNonNull(who, "who").strip();
        Objects.requireNonNull(team, "team");
        if (who.isEmpty() || who.length() > LONGEST) {
            throw new ReferralCoachException("an ideal referral is 1-" + LONGEST + " characters");
        }
    }

    public boolean fromTeam() {
        return team.isPresent();
    }
}
