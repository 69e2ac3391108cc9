package com.referralcoach.core.domain;

/** What a goal counts, each from one kind of stored activity. */
public enum GoalMetric {
    MEETINGS("meetings", "meeting", ActivityKind.MEETING_ENDED),
    ASKS("asks", "ask", ActivityKind.ASK_MADE),
    REFERRALS("referrals", "referral", ActivityKind.REFERRAL_RECEIVED),
    REFERRALS_GIVEN("referrals given", "referral given", ActivityKind.REFERRAL_GIVEN),
    UPDATES("referrer updates", "referrer update", ActivityKind.REFERRER_UPDATED),
    THANKS("thank-yous", "thank-you", ActivityKind.REFERRER_THANKED),
    WINS("leads won", "lead won", ActivityKind.LEAD_WON),
    TESTIMONIALS("testimonials", "testimonial", ActivityKind.TESTIMONIAL_RECEIVED);

    private final String label;
    private final String one;
    private final ActivityKind counts;

    GoalMetric(String label, String one, ActivityKind counts) {
        this.label = label;
        this.one = one;
        this.counts = counts;
    }

    /** A count in words: "1 ask", "0 asks", "2 referrals given". */
    public String count(long n) {
        return n + " " + (n == 1 ? one : label);
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
