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

    /** "5 meetings, 4 asks (80% ask rate), 2 referrals, 1 of 2 new leads contacted within 1 working hour, ...". */
    static String figures(Counts c) {
        long referrals = c.of(ActivityKind.REFERRAL_RECEIVED);
        return c.of(ActivityKind.MEETING_ENDED) + " meetings, " + c.of(ActivityKind.ASK_MADE) + " asks ("
                + c.askRate().map(RepLine::percent).orElse("no meetings ended") + " ask rate), "
                + referrals + (referrals == 1 ? " referral" : " referrals") + ", "
                + c.of(ActivityKind.LEAD_CONTACTED_IN_TIME) + " of " + referrals
                + " new leads contacted within 1 working hour, "
                + c.of(ActivityKind.REFERRER_UPDATED) + " referrer updates, "
                + c.of(ActivityKind.REFERRER_THANKED) + " thank-yous, "
                + c.of(ActivityKind.LEAD_WON) + " won" + amounts(c.wonAmounts()) + ", "
                + c.of(ActivityKind.REFERRAL_GIVEN) + " referrals given, "
                + c.of(ActivityKind.TESTIMONIAL_RECEIVED) + " testimonials";
    }

    static String percent(double rate) {
        return String.format(Locale.US, "%.0f%%", rate * 100);
    }

    static String amounts(List<Money> amounts) {
        return amounts.isEmpty() ? "" : " (" + amounts.stream().map(Money::display).collect(Collectors.joining(" + "))
                + ")";
    }
}
