package com.referralcoach.core.digest;

import com.referralcoach.core.domain.ActivityKind;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.Money;
import com.referralcoach.core.domain.Referral;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.Team;
import com.referralcoach.core.port.ContactBook;
import com.referralcoach.core.reply.Reply;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import java.util.stream.Collectors;

/**
 * Writes the digest as plain lines, each figure naming the period it covers: the team's week first, then each rep's,
 * business won per month, referral months, the week's leaders, and the leads waiting now.
 */
final class DigestText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.US);
    private final Team team;
    private final Period week;
    private final Instant now;
    private final StringBuilder head = new StringBuilder();
    private final StringBuilder reps = new StringBuilder();
    private final StringBuilder tail = new StringBuilder();

    DigestText(Team team, Period week, Instant now) {
        this.team = team;
        this.week = week;
        this.now = now;
        head.append("Referral digest for team ").append(team.name()).append(", week of ").append(week.display())
                .append(" (").append(team.zone().getId()).append(")\n");
    }

    void rep(String name, Counts week, List<GoalProgress> goals) {
        reps.append("- ").append(name).append(": ").append(RepLine.figures(week)).append(goalsText(goals)).append('\n');
    }

    void team(Counts week, List<GoalProgress> goals) {
        head.append("Team, week of ").append(this.week.display()).append(": ").append(RepLine.figures(week))
                .append(goalsText(goals)).append('\n');
    }

    /** Business won in {@code month} up to now: the whole month once it ended, else its days so far. */
    void business(Period month, Counts counts) {
        long won = counts.of(ActivityKind.LEAD_WON);
        long fromReferrals = counts.of(ActivityKind.WON_FROM_REFERRAL);
        tail.append("Won business (").append(month.displayUpTo(now)).append("): ").append(won);
        if (won > 0) {
            tail.append(", ").append(fromReferrals).append(" from referrals (")
                    .append(RepLine.percent(fromReferrals / (double) won)).append(')')
                    .append(repeat(counts, won))
                    .append(amountShare(counts.wonAmounts(), counts.wonFromReferralAmounts()));
        }
        tail.append(".\n");
    }

    /** A month's referral campaign, when there is one: the team's figure, then each rep in it; final once ended. */
    void referralMonth(Period campaign, boolean ended, CampaignProgress teamMonth, List<String> repLines) {
        if (!teamMonth.isRunning()) {
            return;
        }
        tail.append("Referral month (").append(campaign.display()).append(ended ? ", ended" : "").append("): ")
                .append(teamMonth.display()).append(ended ? "" : " so far")
                .append(repLines.isEmpty() ? "" : ": " + String.join(", ", repLines)).append(".\n");
    }

    void leaders(DigestBuilder.Leaders leaders) {
        tail.append("Best ask rate in the week of ").append(week.display()).append(": ")
                .append(leaders.bestAskRate().orElse("nobody (no meetings ended)"))
                .append(". Most referrals that week: ").append(leaders.mostReferrals().orElse("nobody got one"))
                .append(".\n");
    }

    void waiting(List<Referral> leads, ContactBook contacts, List<Rep> members) {
        if (leads.isEmpty()) {
            tail.append("As of ").append(today()).append(", no lead is waiting for a first contact.\n");
            return;
        }
        tail.append("Waiting longest for a first contact, as of ").append(today()).append(": ")
                .append(leads.stream().map(lead -> waitingLead(lead, contacts, members))
                        .collect(Collectors.joining("; ")))
                .append(".\n");
    }

    private String waitingLead(Referral lead, ContactBook contacts, List<Rep> members) {
        String who = contacts.find(team.workspace(), lead.lead()).map(Contact::label).orElse("a lead");
        String rep = members.stream().filter(r -> r.id().equals(lead.rep())).findFirst().map(Rep::displayName)
                .orElse(lead.rep().value());
        return who + " (" + rep + ", since " + lead.receivedAt().atZone(team.zone()).format(DAY) + ")";
    }

    private String today() {
        return now.atZone(team.zone()).format(DAY);
    }

    Reply reply() {
        String perRep = reps.length() == 0 ? "The team has no members yet.\n"
                : "Each rep, week of " + week.display() + ":\n" + reps;
        return Reply.of((head + perRep + tail).stripTrailing());
    }

    private static String goalsText(List<GoalProgress> goals) {
        if (goals.isEmpty()) {
            return "";
        }
        return ". Goals: " + goals.stream().map(GoalProgress::digestDisplay).collect(Collectors.joining("; "));
    }

    /** ", 2 repeat (20%)": repeat orders can just mean switching is a hassle; referrals mean advocacy. */
    private static String repeat(Counts counts, long won) {
        long repeat = counts.of(ActivityKind.WON_FROM_REPEAT);
        return repeat == 0 ? "" : ", " + repeat + " repeat (" + RepLine.percent(repeat / (double) won) + ")";
    }

    private static String amountShare(List<Money> all, List<Money> fromReferrals) {
        if (all.size() != 1) {
            return "";
        }
        Money total = all.get(0);
        BigDecimal referred = fromReferrals.stream().filter(m -> m.currency().equals(total.currency()))
                .map(Money::amount).findFirst().orElse(BigDecimal.ZERO);
        if (total.amount().signum() == 0) {
            return "";
        }
        double share = referred.doubleValue() / total.amount().doubleValue();
        return "; " + total.display() + " in all, " + RepLine.percent(share) + " of it from referrals";
    }

}
