package com.referralcoach.core.digest;

import com.referralcoach.core.domain.ActivityKind;
import com.referralcoach.core.domain.Money;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How one rep's (or the team's) week reads in the digest: every figure a manager checks, on one line. */
final class RepLine {
    private RepLine() {
    }

    /**
     * "5 meetings, 4 asks (80% ask rate), 2 referrals, 1 of 2 new leads contacted within 1 working hour, ..."; with
     * no referral, no speed-to-lead figure ("0 of 0" says nothing).
     */
    static String figures(Counts c) {
        long referrals = c.of(ActivityKind.REFERRAL_RECEIVED);
        return count(c.of(ActivityKind.MEETING_ENDED), "meeting") + ", " + count(c.of(ActivityKind.ASK_MADE), "ask")
                + " (" + c.askRate().map(rate -> percent(rate) + " ask rate").orElse("no meeting ended") + "), "
                + count(referrals, "referral") + ", "
                + (referrals == 0 ? "" : c.of(ActivityKind.LEAD_CONTACTED_IN_TIME) + " of "
                + count(referrals, "new lead") + " contacted within 1 working hour, ")
                + count(c.of(ActivityKind.REFERRER_UPDATED), "referrer update") + ", "
                + count(c.of(ActivityKind.REFERRER_THANKED), "thank-you") + ", "
                + c.of(ActivityKind.LEAD_WON) + " won" + amounts(c.wonAmounts()) + ", "
                + count(c.of(ActivityKind.REFERRAL_GIVEN), "referral") + " given, "
                + count(c.of(ActivityKind.TESTIMONIAL_RECEIVED), "testimonial") + reviews(c.of(ActivityKind.REVIEW_RECEIVED));
    }

    /** Reviews count as testimonials (goals included); the line says how many of them were online reviews. */
    private static String reviews(long n) {
        return n == 0 ? "" : " (" + n + " of them " + (n == 1 ? "a review)" : "reviews)");
    }

    /** "1 meeting", "2 meetings", "0 meetings". */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String percent(double rate) {
        return String.format(Locale.US, "%.0f%%", rate * 100);
    }

    static String amounts(List<Money> amounts) {
        return amounts.isEmpty() ? "" : " (" + amounts.stream().map(Money::display).collect(Collectors.joining(" + "))
                + ")";
    }
}
