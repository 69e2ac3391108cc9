package com.referralcoach.core.digest;

import com.referralcoach.core.domain.ActivityKind;

/**
 * A referral month's progress, from the tallies: the people planned into it, how many were asked so far, and the
 * referrals the rep gave that month (help first: giving counts as much as asking).
 */
public record CampaignProgress(long planned, long asked, long given) {
    public static CampaignProgress of(Counts counts) {
        return new CampaignProgress(counts.of(ActivityKind.REFERRAL_MONTH_PLANNED),
                counts.of(ActivityKind.REFERRAL_MONTH_ASKED), counts.of(ActivityKind.REFERRAL_GIVEN));
    }

    public boolean isRunning() {
        return planned > 0;
    }

    /** "5/20". */
    public String ratio() {
        return Math.min(asked, planned) + "/" + planned;
    }

    /** "5 of 20 people asked, 2 leads given". */
    public String display() {
        return Math.min(asked, planned) + " of " + planned + (planned == 1 ? " person" : " people") + " asked"
                + (given == 0 ? "" : ", " + given + (given == 1 ? " lead" : " leads") + " given");
    }
}
