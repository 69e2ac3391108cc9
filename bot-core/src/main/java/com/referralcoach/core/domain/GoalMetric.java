package com.referralcoach.core.domain;

/** What a goal counts, each from one kind of stored activity. */
public enum GoalMetric {
    MEETINGS("meetings", ActivityKind.MEETING_ENDED),
    ASKS("asks", ActivityKind.ASK_MADE),
    REFERRALS("referrals", ActivityKind.REFERRAL_RECEIVED),
    REFERRALS_GIVEN("referrals given", ActivityKind.REFERRAL_GIVEN),
    UPDATES("referrer updates", ActivityKind.REFERRER_UPDATED),
    THANKS("thank-yous", ActivityKind.REFERRER_THANKED),
    WINS("leads won", ActivityKind.LEAD_WON),
    TESTIMONIALS("testimonials", ActivityKind.TESTIMONIAL_RECEIVED);

    private final String label;
    private final ActivityKind counts;

    GoalMetric(String label, ActivityKind counts) {
        this.label = label;
        this.counts = counts;
    }

    /** How the rep says it: "asks", "referrals given". */
    public String label() {
        return label;
    }

    /** The activity whose count this goal is measured by. */
    public ActivityKind counts() {
        return counts;
    }
}
