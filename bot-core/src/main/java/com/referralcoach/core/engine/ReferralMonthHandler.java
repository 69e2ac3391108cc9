package com.referralcoach.core.engine;

import com.referralcoach.core.domain.Ask;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.RelationshipEvent;
import com.referralcoach.core.domain.RelationshipEventKind;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.Team;
import com.referralcoach.core.language.ShowReferralMonth;
import com.referralcoach.core.language.StartReferralMonth;
import com.referralcoach.core.port.RepRoster;
import com.referralcoach.core.port.AskLog;
import com.referralcoach.core.port.RelationshipLog;
import com.referralcoach.core.reply.Reply;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "referral month March" starts a rep's campaign; "referral month" shows how it is going. A manager starts it for a
 * whole team ("team East referral month March") and follows it ("team East referral month").
 */
final class ReferralMonthHandler {
    private final RepRoster reps;
    private final AskLog asks;
    private final RelationshipLog events;
    private final RepPeople people;
    private final ReferralMonthPlan plan;
    private final TeamHandler teams;
    private final TeamCampaignView campaigns;

    ReferralMonthHandler(RepRoster reps, AskLog asks, RelationshipLog events, RepPeople people, ReferralMonthPlan plan,
                         TeamHandler teams, TeamCampaignView campaigns) {
        this.reps = reps;
        this.asks = asks;
        this.events = events;
        this.people = people;
        this.plan = plan;
        this.teams = teams;
        this.campaigns = campaigns;
    }

    CommandHandler<StartReferralMonth> start() {
        return (command, c) -> {
            if (command.team().isPresent()) {
                return teams.withTeam(c, command.team().get(), "start a team's referral month",
                        team -> startForTeam(team, command.month(), c));
            }
            List<Contact> everyone = people.of(c.rep());
            if (everyone.isEmpty()) {
                return Reply.of("You have no contacts yet. Log a few meetings first, then start your referral month.");
            }
            ReferralMonthPlan.Outcome outcome = plan.plan(c.rep(), command.month(), everyone, c.instant());
            if (outcome.people() == 0) {
                return Reply.of(outcome.alreadyPlanned() > 0
                        ? "Your referral month " + name(command.month()) + " is under way with everyone in it ("
                        + outcome.alreadyPlanned() + " people). Say \"referral month\" to see how it's going."
                        : name(command.month()) + " has no working days left. Pick another month.");
            }
            return Reply.of("Referral month " + name(command.month()) + ": " + outcome.people()
                    + (outcome.alreadyPlanned() > 0 ? " more" : "") + (outcome.people() == 1 ? " person" : " people")
                    + " over " + outcome.days() + (outcome.days() == 1 ? " working day, " : " working days, ")
                    + outcome.perDay() + " a day from "
                    + c.moments().date(outcome.first().atStartOfDay(c.rep().zone()).toInstant()) + ".\nEach day I'll"
                    + " remind you: first ask how you can help them, then ask for a referral. Say \"referral month\""
                    + " to see how it's going.");
        };
    }

    private Reply startForTeam(Team team, YearMonth month, Conversation c) {
        List<String> planned = new ArrayList<>();
        List<String> idle = new ArrayList<>();
        for (RepId id : team.members()) {
            Optional<Rep> rep = reps.find(c.workspace(), id);
            List<Contact> everyone = rep.map(people::of).orElse(List.of());
            if (rep.isEmpty() || everyone.isEmpty()) {
                idle.add(rep.map(Rep::displayName).orElse("@" + id.value()));
                continue;
            }
            ReferralMonthPlan.Outcome outcome = plan.plan(rep.get(), month, everyone, c.instant());
            int total = outcome.people() + outcome.alreadyPlanned();
            if (total > 0) {
                planned.add(rep.get().displayName() + " " + total + (total == 1 ? " person" : " people"));
            }
        }
        if (planned.isEmpty()) {
            return Reply.of("Nobody in team " + team.name() + " has contacts logged for " + name(month)
                    + " yet, or the month has no working days left. Reps log meetings first; then start it again.");
        }
        return Reply.of("Referral month " + name(month) + " for team " + team.name() + ": " + String.join(", ",
                planned.stream().sorted().toList()) + ". Each rep gets a few people a day: help first, then ask."
                + (idle.isEmpty() ? "" : "\nNot in it yet (no contacts logged): " + String.join(", ", idle) + ".")
                + "\n\"team " + team.name() + " referral month\" and the weekly digest show the progress.");
    }

    CommandHandler<ShowReferralMonth> progress() {
        return (command, c) -> command.team().isPresent() ? campaigns.of(command.team().get(), c) : ownProgress(c);
    }

    private Reply ownProgress(Conversation c) {
        List<RelationshipEvent> planned = events.ofRep(c.workspace(), c.rep().id()).stream()
                .filter(e -> e.kind() == RelationshipEventKind.REFERRAL_MONTH_PLANNED).toList();
        if (planned.isEmpty()) {
            return Reply.of("No referral month yet. Start one: \"referral month March\".");
        }
        YearMonth month = planned.stream().map(e -> YearMonth.from(e.date().get()))
                .max(Comparator.naturalOrder()).get();
        List<RelationshipEvent> ofMonth = planned.stream()
                .filter(e -> YearMonth.from(e.date().get()).equals(month)).toList();
        LocalDate start = month.atDay(1);
        long asked = ofMonth.stream().map(RelationshipEvent::contact).distinct()
                .filter(id -> asks.ofContact(c.workspace(), c.rep().id(), id).stream()
                        .filter(a -> a.outcome().wasAsked()).map(Ask::at)
                        .anyMatch(at -> !at.atZone(c.rep().zone()).toLocalDate().isBefore(start)))
                .count();
        long total = ofMonth.stream().map(RelationshipEvent::contact).distinct().count();
        return Reply.of("Referral month " + name(month) + ": " + asked + " of " + total + " people asked so far."
                + (asked < total ? " Help first, then ask." : " Everyone asked: well done!"));
    }

    private static String name(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    }
}
