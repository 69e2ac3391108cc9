package com.referralcoach.core.digest;

import com.referralcoach.core.ReferralCoachException;
import java.util.Objects;

/** One rep's progress on one goal for the digest chart, such as ("Ana Lopez", "asks/week", 3, 5). */
public record GoalBar(String rep, String goal, long done, long target) {
    public GoalBar {
        rep = Objects.requireNonNullElse(rep, "");
        goal = Objects.requireNonNullElse(goal, "");
        if (done < 0 || target < 1) {
            throw new ReferralCoachException("a goal bar counts 0 or more of a target of 1 or more");
        }
    }

    /** How far along the rep is, in percent of the target (above 100 once the target is passed). */
    public double percent() {
        return 100.0 * done / target;
    }
}
