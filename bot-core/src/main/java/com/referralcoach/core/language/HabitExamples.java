package com.referralcoach.core.language;

/** One sample message per relationship habit, shown when the rep's message could not be used. */
final class HabitExamples {
    static final String PROBLEM = "problem Acme: invoice sent twice";
    static final String FIXED = "fixed Acme";
    static final String WIN = "win Acme: cut their onboarding time in half";
    static final String RUSH = "Jane Doe was in a rush";
    static final String CSAT = "csat Jane Doe 9";
    static final String BIRTHDAY = "birthday Jane Doe 12 April";
    static final String CUSTOMER_SINCE = "customer since Acme 2019-06-01";
    static final String CADENCE = "check in with Jane Doe every 30 days";
    static final String CONNECTOR = "Jane Doe is a connector";
    static final String TESTIMONIAL = "asked Jane Doe for a testimonial";
    static final String GOT_TESTIMONIAL = "got testimonial from Jane Doe";
    static final String REVIEW = "asked Jane Doe for a review on G2";
    static final String GAVE = "gave Ann Smith a referral: Carl Jones at Initech";
    static final String REFERRAL_MONTH = "referral month March";
    static final String TEAM_REFERRAL_MONTH = "team East referral month March";

    private HabitExamples() {
    }
}
