package com.referralcoach.core.digest;

import com.referralcoach.core.domain.ActivityKind;

/** A referral month's progress, from the tallies: the people planned into it, and how many were asked so far. */
public record CampaignProgress(long planned, long asked) {
    public static CampaignProgress of(Counts counts) {
        return new CampaignProgress(counts.of(ActivityKind.REFERRAL_MONTH_PLANNED),
                counts.of(ActivityKind.REFERRAL_MONTH_ASKED));
    }

    public boolean isRunning() {
        return planned > 0;
    }

    /** "5/20". */
    public String ratio() {
        return Math.min(asked, planned) + "/" + planned;
    }

    /** "5 of 20 people asked". */
    public String display() {
        return Math.min(asked, planned) + " of " + planned + (planned == 1 ? " person" : " people") + " asked";
    }
}
