package com.referralcoach.core.engine;

import com.referralcoach.core.coaching.LeadsToGive;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.IdealReferral;
import com.referralcoach.core.domain.RelationshipEvent;
import com.referralcoach.core.domain.RelationshipEventKind;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.Team;
import com.referralcoach.core.language.MarkBusinessOwner;
import com.referralcoach.core.language.MarkColleague;
import com.referralcoach.core.language.RecordDelivery;
import com.referralcoach.core.language.SetReviewLink;
import com.referralcoach.core.language.ShowReviewLinks;
import com.referralcoach.core.language.RecordNeed;
import com.referralcoach.core.language.SetIdealReferral;
import com.referralcoach.core.language.ShowIdealReferral;
import com.referralcoach.core.port.RelationshipLog;
import com.referralcoach.core.port.RepRoster;
import com.referralcoach.core.port.TeamRoster;
import com.referralcoach.core.reminders.RelationshipPlanner;
import com.referralcoach.core.reply.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** What makes asks specific: the work delivered for each customer, and who the rep most wants to meet. */
final class CoachingHandler {
    /** A project delivered is worth a satisfaction check once the customer has lived with it a week. */
    static final Duration AFTER_DELIVERY = Duration.ofDays(7);

    private final Named named;
    private final RelationshipLog log;
    private final CheckIns checkIns;
    private final RelationshipPlanner planner;
    private final RepRoster reps;
    private final TeamRoster teams;
    private final TeamHandler teamHandler;
    private final TeamIdeals ideals;
    private final LeadsToGive leadsToGive;

    CoachingHandler(Named named, RelationshipLog log, CheckIns checkIns, RelationshipPlanner planner, RepRoster reps,
                    TeamRoster teams, TeamHandler teamHandler, LeadsToGive leadsToGive) {
        this.leadsToGive = leadsToGive;
        this.named = named;
        this.log = log;
        this.checkIns = checkIns;
        this.planner = planner;
        this.reps = reps;
        this.teams = teams;
        this.teamHandler = teamHandler;
        this.ideals = new TeamIdeals(reps);
    }

    CommandHandler<RecordDelivery> deliveries() {
        return (command, c) -> named.orNew(command.customer(), c, customer -> {
            RelationshipEvent delivered = RelationshipEvent.of(c.rep(), customer.id(),
                    RelationshipEventKind.PROJECT_DELIVERED, Optional.of(command.what()), c.instant());
            log.save(delivered);
            checkIns.keepUp(c, customer);
            planner.satisfactionCheck(c.rep(), customer.id(), "delivered:" + delivered.id().value(), c.instant(),
                    AFTER_DELIVERY);
            String first = customer.name().firstName();
            return Reply.of("Saved: you delivered " + command.what() + " for " + customer.name().display()
                    + ". Well done. " + first + "'s next ask will be about it. In a week I'll remind you to check how"
                    + " happy they are with it: a 9 or 10 is the moment to ask.");
        });
    }

    CommandHandler<RecordNeed> needs() {
        return (command, c) -> named.orNew(command.person(), c, person -> {
            log.save(RelationshipEvent.of(c.rep(), person.id(), RelationshipEventKind.NEED,
                    Optional.of(command.need()), c.instant()));
            String name = person.name().display();
            List<Contact> leads = leadsToGive.matching(c.workspace(), command.need(), person.id());
            String give = leads.isEmpty()
                    ? "When you meet someone who fits, introduce them; I'll bring it up again in your referral month."
                    : "You know " + LeadsToGive.names(leads) + ". Introduce one of them, then say \"gave " + name
                    + " a referral: " + leads.get(0).name().display() + "\".";
            return Reply.of("Saved: " + name + " needs " + command.need() + ". Help first: " + give);
        });
    }

    CommandHandler<MarkBusinessOwner> owners() {
        return (command, c) -> named.orNew(command.person(), c, person -> {
            log.save(RelationshipEvent.of(c.rep(), person.id(), RelationshipEventKind.BUSINESS_OWNER,
                    command.business(), c.instant()));
            String first = person.name().firstName();
            return Reply.of("Saved: " + person.name().display() + " owns a business"
                    + command.business().map(b -> " (" + b + ")").orElse("") + ". Referrals go both ways with owners:"
                    + " when you ask " + first + ", bring a lead for their business too. I'll suggest one with each"
                    + " ask, and put " + first + " early in your referral month.");
        });
    }

    CommandHandler<MarkColleague> colleagues() {
        return (command, c) -> named.orNew(command.person(), c, person -> {
            log.save(RelationshipEvent.of(c.rep(), person.id(), RelationshipEventKind.COLLEAGUE,
                    command.former() ? Optional.of("former") : Optional.empty(), c.instant()));
            String first = person.name().firstName();
            String ask = command.former() ? "\"Who " + person.company().map(co -> "at " + co)
                    .orElse("in your new company") + " should I meet?\"" : "\"Who in your network should I meet?\"";
            return Reply.of("Saved: " + person.name().display() + " is " + (command.former() ? "a former" : "a")
                    + " colleague: an advocate who knows your work. Their ask is their own: " + ask + " I won't"
                    + " treat " + first + " as a customer.");
        });
    }

    CommandHandler<SetReviewLink> reviewLinks() {
        return (command, c) -> {
            reps.save(c.rep().withReviewLink(command.site(), command.link()));
            return Reply.of(command.link().map(link -> "Saved: your " + command.site() + " review link. Review"
                            + " requests I draft will carry it, so a customer needs two minutes, not a search.")
                    .orElse("Removed your " + command.site() + " review link."));
        };
    }

    CommandHandler<ShowReviewLinks> showReviewLinks() {
        return (command, c) -> Reply.of(c.rep().reviewLinks().isEmpty()
                ? "No review links yet. Save one per site: \"my review link G2 https://…\" (also Google, Capterra,"
                + " Trustpilot)."
                : "Your review links:\n" + c.rep().reviewLinks().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(java.util.stream.Collectors.joining("\n")));
    }

    CommandHandler<SetIdealReferral> ideals() {
        return (command, c) -> command.team().isPresent() ? forTeam(command, c) : forRep(command, c);
    }

    CommandHandler<ShowIdealReferral> show() {
        return (command, c) -> Reply.of(c.rep().ideal().map(ideal -> "Your ideal referral: " + ideal.who()
                + ideal.team().map(t -> " (team " + t + "'s default; set your own with \"ideal referral: ...\")")
                        .orElse("") + ". Your asks say it, and \"who to ask\" puts the people closest to it first.")
                .orElse("You haven't described your ideal referral yet. One line makes every ask sharper: \""
                        + "ideal referral: heads of operations at mid-size logistics firms\"."));
    }

    private Reply forRep(SetIdealReferral command, Conversation c) {
        Rep rep = c.rep();
        if (command.who().isEmpty()) {
            Optional<Team> team = teams.teamOf(c.workspace(), rep.id());
            Rep cleared = rep.withIdeal(TeamIdeals.fallback(team));
            reps.save(cleared);
            return Reply.of("Cleared your ideal referral." + cleared.ideal().map(i -> " Your asks use team "
                    + i.team().orElse("") + "'s default: " + i.who() + ".").orElse(""));
        }
        String who = command.who().get();
        reps.save(rep.withIdeal(Optional.of(new IdealReferral(who, Optional.empty()))));
        return Reply.of("Saved: your ideal referral is " + who + ". Your asks will say so (\"I'm especially keen to"
                + " meet " + who + "\"), and \"who to ask\" puts the people closest to it first.");
    }

    private Reply forTeam(SetIdealReferral command, Conversation c) {
        String what = "set a team's ideal referral";
        return teamHandler.withTeam(c, command.team().get(), what, team -> {
            Team changed = team.withIdeal(command.who());
            teams.save(changed);
            ideals.follow(changed);
            return Reply.of(command.who().map(who -> "Saved: team " + team.name() + "'s ideal referral is " + who
                    + ". Members who haven't described their own get it in their asks.")
                    .orElse("Cleared team " + team.name() + "'s ideal referral. Members' own stay as they are."));
        });
    }
}
