package com.referralcoach.core.engine;

import com.referralcoach.core.digest.Counts;
import com.referralcoach.core.digest.Scoreboard;
import com.referralcoach.core.domain.ActivityKind;
import com.referralcoach.core.language.ShowSources;
import com.referralcoach.core.port.ActivityTally;
import com.referralcoach.core.reply.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Where the rep's won business came from, this year and lately: referrals (real advocacy) against repeat orders
 * (which can just mean switching is a hassle) and the rest. The same share managers see in the digest.
 */
final class SourcesView implements CommandHandler<ShowSources> {
    static final Duration LATELY = Duration.ofDays(90);

    private final ActivityTally tallies;

    SourcesView(ActivityTally tallies) {
        this.tallies = tallies;
    }

    @Override
    public Reply handle(ShowSources command, Conversation c) {
        Instant now = c.instant();
        Instant yearStart = c.now().toLocalDate().withDayOfYear(1).atStartOfDay(c.rep().zone()).toInstant();
        Instant from = yearStart.isBefore(now.minus(LATELY)) ? yearStart : now.minus(LATELY);
        Scoreboard board = new Scoreboard(tallies.read(c.workspace(), List.of(c.rep().id()), from, now.plusSeconds(1)));
        Counts year = board.of(c.rep().id(), yearStart, now.plusSeconds(1));
        Counts lately = board.of(c.rep().id(), now.minus(LATELY), now.plusSeconds(1));
        if (year.of(ActivityKind.LEAD_WON) == 0 && lately.of(ActivityKind.LEAD_WON) == 0) {
            return Reply.of("No won business logged yet. Log it with its source: \"Tom Lee won 5000\" for a referred"
                    + " lead, \"closed $5k repeat business with Jane Doe\" for a repeat order.");
        }
        return Reply.of("Where your won business came from:\n" + line("This year", year) + "\n"
                + line("Last 90 days", lately) + "\nReferrals mean real advocacy; repeat orders can just mean switching"
                + " is a hassle. Each repeat order is a moment to ask for an introduction.");
    }

    private static String line(String when, Counts counts) {
        long won = counts.of(ActivityKind.LEAD_WON);
        if (won == 0) {
            return when + ": nothing won.";
        }
        long referral = counts.of(ActivityKind.WON_FROM_REFERRAL);
        long repeat = counts.of(ActivityKind.WON_FROM_REPEAT);
        return when + ": " + won + " won, " + referral + " from referrals (" + percent(referral, won) + "), " + repeat
                + " repeat (" + percent(repeat, won) + "), " + (won - referral - repeat) + " other.";
    }

    private static String percent(long part, long whole) {
        return String.format(Locale.US, "%.0f%%", 100.0 * part / whole);
    }
}
