package com.referralcoach.core.digest;

import com.referralcoach.core.domain.ActivityKind;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.Money;
import com.referralcoach.core.domain.Referral;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.Team;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.reply.Reply;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import java.util.stream.Collectors;

/** Writes the digest as plain lines: the team first, then each rep, leaders, business mix, waiting leads. */
final class DigestText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.US);
    private final Team team;
    private final Period week;
    private final Period month;
    private final StringBuilder head = new StringBuilder();
    private final StringBuilder reps = new StringBuilder();
    private final StringBuilder tail = new StringBuilder();

    DigestText(Team team, Period week, Period month) {
        this.team = team;
        this.week = week;
        this.month = month;
        head.append("Referral digest for team ").append(team.name()).append(", week of ").append(week.display())
                .append(" (").append(team.zone().getId()).append(")\n");
    }

    void rep(String name, Counts week, List<GoalProgress> goals) {
        reps.append("- ").append(name).append(": ").append(RepLine.figures(week)).append(goalsText(goals)).append('\n');
    }

    void team(Counts week, Counts monthToDate, List<GoalProgress> goals) {
        head.append("Team this week: ").append(RepLine.figures(week)).append(goalsText(goals)).append('\n');
        long won = monthToDate.of(ActivityKind.LEAD_WON);
        long fromReferrals = monthToDate.of(ActivityKind.WON_FROM_REFERRAL);
        tail.append("Business won in ").append(month.display()).append(" so far: ").append(won);
        if (won > 0) {
            tail.append(", ").append(fromReferrals).append(" from referrals (")
                    .append(RepLine.percent(fromReferrals / (double) won)).append(')')
                    .append(amountShare(monthToDate.wonAmounts(), monthToDate.wonFromReferralAmounts()));
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
        tail.append("Best ask rate: ").append(leaders.bestAskRate().orElse("nobody (no meetings ended)"))
                .append(". Most referrals: ").append(leaders.mostReferrals().orElse("nobody got one this week"))
                .append(".\n");
    }

    void waiting(List<Referral> leads, CoachStore store, List<Rep> members) {
        if (leads.isEmpty()) {
            tail.append("No lead is waiting for a first contact.\n");
            return;
        }
        tail.append("Waiting longest for a first contact: ").append(leads.stream().map(lead -> {
            String who = store.contacts().find(team.workspace(), lead.lead()).map(Contact::label).orElse("a lead");
            String rep = members.stream().filter(r -> r.id().equals(lead.rep())).findFirst().map(Rep::displayName)
                    .orElse(lead.rep().value());
            return who + " (" + rep + ", since " + lead.receivedAt().atZone(team.zone()).format(DAY) + ")";
        }).collect(Collectors.joining("; "))).append(".\n");
    }

    Reply reply() {
        String perRep = reps.length() == 0 ? "The team has no members yet.\n" : reps.toString();
        return Reply.of((head + perRep + tail).stripTrailing());
    }

    private static String goalsText(List<GoalProgress> goals) {
        if (goals.isEmpty()) {
            return "";
        }
        return ". Goals: " + goals.stream().map(GoalProgress::digestDisplay).collect(Collectors.joining("; "));
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
