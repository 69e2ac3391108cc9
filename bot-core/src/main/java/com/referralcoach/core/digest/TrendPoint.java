package com.referralcoach.core.digest;

import com.referralcoach.core.ReferralCoachException;
import java.time.LocalDate;
import java.util.Objects;

/** What the whole team did in the week starting {@code weekStart}: asks made, referrals received, meetings held. */
public record TrendPoint(LocalDate weekStart, long asks, long referrals, long meetings) {
    public TrendPoint {
        Objects.requireNonNull(weekStart, "weekStart");
        if (asks < 0 || referrals < 0 || meetings < 0) {
            throw new ReferralCoachException("a week's counts are 0 or more");
        }
    }
}
