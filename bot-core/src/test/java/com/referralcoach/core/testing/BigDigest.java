package com.referralcoach.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A 100-rep team's digest text (about 31,000 characters), in lines shaped like the real digest's. */
public final class BigDigest {
    private BigDigest() {
    }

    /**
     * The digest of team {@code team}, each rep labelled "Rep 007 {@code repTag}"; pass names with the characters a
     * platform escapes (Slack's '&' and '<', Discord's '*') so that escaping lengthens the lines.
     */
    public static String text(String team, String repTag) {
        List<String> lines = new ArrayList<>();
        lines.add("Referral digest for team " + team + ", week of Nov 16-22 (Europe/Berlin)");
        lines.add("Team this week: 300 meetings, 200 asks (67% ask rate), 150 referrals, 120 of 150 new leads"
                + " contacted within 1 working hour, 90 referrer updates, 80 thank-yous, 40 won ($480,000), 60"
                + " referrals given, 5 testimonials. Goals: 150 of 400 referrals (month of November 2026): on track");
        for (int rep = 1; rep <= 100; rep++) {
            lines.add(String.format(Locale.US, "- Rep %03d %s: %d meetings, %d asks (%d%% ask rate),"
                    + " %d referrals, 1 of 2 new leads contacted within 1 working hour, 1 referrer update,"
                    + " 1 thank-you, 1 won ($12,000), 0 referrals given, 0 testimonials. Goals: 2 of 3 asks"
                    + " (week of Nov 16-22): behind; 1 of 2 referrals given (week of Nov 16-22): behind",
                    rep, repTag, rep % 7 + 1, rep % 5, rep % 5 * 100 / (rep % 7 + 1), rep % 4));
        }
        lines.add("Business won in November 2026 so far: 40, 30 from referrals (75%); $480,000 in all, 80% of it"
                + " from referrals.");
        lines.add("Best ask rate: Rep 004 " + repTag + " (100%). Most referrals: Rep 003 " + repTag + " (3).");
        lines.add("Waiting longest for a first contact: Amy Ng (Rep 001, since Nov 17); Tom Lee (Rep 002, since"
                + " Nov 18).");
        return String.join("\n", lines);
    }
}
