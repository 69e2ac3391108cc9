package com.referralcoach.core.domain;

/** Where won business came from, for the digest's share of business from referrals. */
public enum BusinessSource {
    REFERRAL, REPEAT, OTHER;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
