package com.referralcoach.core.language;

/** "referral month": how the rep's referral month is going. */
public record ShowReferralMonth() implements Command {
}
