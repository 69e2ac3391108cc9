package com.referralcoach.core.reminders;

import com.referralcoach.core.coaching.AskCoach;
import com.referralcoach.core.coaching.LeadsToGive;
import com.referralcoach.core.coaching.Moments;
import com.referralcoach.core.coaching.Relationship;
import com.referralcoach.core.coaching.Relationships;
import com.referralcoach.core.digest.CampaignProgress;
import com.referralcoach.core.digest.Period;
import com.referralcoach.core.digest.Scoreboard;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.GoalPeriod;
import com.referralcoach.core.domain.Endorsement;
import com.referralcoach.core.domain.RelationshipEvent;
import com.referralcoach.core.domain.RelationshipEventKind;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.port.ContactBook;
import com.referralcoach.core.port.RelationshipLog;
import com.referralcoach.core.port.ActivityTally;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.reply.SuggestedAction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the relationship reminders say at delivery: a check-in with the last thing discussed (or nothing, when
 * the rep was in touch since), a testimonial nudge (unless it came in), the satisfaction check, a referral
 * month day (help first, then ask). Birthdays and anniversaries are {@link OccasionReminders}.
 */
final class RelationshipReminders {
    /** A need told of longer ago than this is not brought up in the referral month. */
    static final Duration RECENT_NEED = Duration.ofDays(180);

    private final ContactBook contacts;
    private final RelationshipLog events;
    private final ActivityTally tallies;
    private final Relationships relationships;
    private final RelationshipPlanner planner;
    private final OccasionReminders occasions;
    private final LeadsToGive leads;
    private final EndorsementSuggestion suggestions;

    RelationshipReminders(ContactBook contacts, RelationshipLog events, ActivityTally tallies,
                          Relationships relationships, RelationshipPlanner planner) {
        this.contacts = contacts;
        this.events = events;
        this.tallies = tallies;
        this.relationships = relationships;
        this.planner = planner;
        this.occasions = new OccasionReminders(planner);
        this.leads = new LeadsToGive(contacts);
        this.suggestions = new EndorsementSuggestion(events, planner);
    }

    Delivery compose(Reminder reminder, Rep rep, Instant now) {
        Optional<Contact> found = reminder.contact().flatMap(id -> contacts.find(reminder.workspace(), id));
        if (found.isEmpty()) {
            return new Delivery.Skip("the person is gone");
        }
        Contact person = found.get();
        Relationship r = relationships.of(rep.id(), person, now);
        return switch (reminder.kind()) {
            case CHECK_IN -> checkIn(rep, person, r, now);
            case ENDORSEMENT_FOLLOW_UP -> endorsement(rep, person, r, now);
            case ENDORSEMENT_SUGGESTION -> suggestions.compose(rep, person, r, now);
            case SATISFACTION_CHECK -> new Delivery.Say(Reply.of(SatisfactionSurvey.draft(reminder, person, r))
                    .withActions(List.of(SuggestedAction.template("Log the score", "csat " + person.name().display()
                            + " "))));
            case REFERRAL_MONTH -> referralMonth(rep, person, r, progress(rep, now), helpFirst(rep, person, r, now));
            default -> occasions.compose(reminder, rep, person, r, now);
        };
    }

    private Delivery checkIn(Rep rep, Contact person, Relationship r, Instant now) {
        Optional<Instant> due = r.checkInDue();
        if (due.isEmpty()) {
            return new Delivery.Skip("nothing logged with this person");
        }
        if (due.get().isAfter(now)) {
            planner.checkIn(rep, person.id(), due.get(), now);
            return new Delivery.Skip("in touch since; the next check-in is planned");
        }
        events.save(RelationshipEvent.of(rep, person.id(), RelationshipEventKind.CHECK_IN_PROMPTED,
                Optional.empty(), now));
        planner.checkIn(rep, person.id(), now.plus(Duration.ofDays(r.cadenceDays())), now);
        Moments moments = new Moments(now.atZone(rep.zone()));
        String last = r.lastTouch().map(t -> "last in touch " + moments.age(t) + " ago").orElse("no touch yet");
        return new Delivery.Say(Reply.of("Time to check in with " + person.label() + ": " + last
                + r.lastDiscussed().map(t -> ", about " + t).orElse("") + ". "
                + (r.isConnector() ? introductionFor(rep, person).orElse(BETWEEN_PROJECTS) : BETWEEN_PROJECTS)));
    }

    private static final String BETWEEN_PROJECTS = "A quick call or something useful keeps the relationship going"
            + " between projects.";

    /** A connector is helped first: an introduction from the rep's contacts who do what they do. */
    private Optional<String> introductionFor(Rep rep, Contact connector) {
        String what = java.util.stream.Stream.of(connector.title(), connector.company(), connector.notes())
                .flatMap(Optional::stream).collect(java.util.stream.Collectors.joining(" "));
        // people at the connector's own company they know already
        List<Contact> people = leads.matching(rep.workspace(), what, connector.id()).stream()
                .filter(p -> connector.company().isEmpty() || !p.company().equals(connector.company())).toList();
        if (people.isEmpty()) {
            return Optional.empty();
        }
        String first = connector.name().firstName();
        return Optional.of(first + " connects people: bring an introduction. You know " + LeadsToGive.names(people)
                + ", who do work close to " + first + "'s. Then say \"gave " + connector.name().display()
                + " a referral: " + people.get(0).name().display() + "\".");
    }

    private static Delivery endorsement(Rep rep, Contact person, Relationship r, Instant now) {
        String name = person.name().display();
        for (Map.Entry<String, Instant> review : r.awaitingReviews().entrySet()) {
            if (!review.getValue().plus(RelationshipPlanner.ENDORSEMENT_WAIT).isAfter(now)) {
                String site = review.getKey();
                String on = site.isEmpty() ? "" : " on " + site;
                return new Delivery.Say(Reply.of("The review" + on + " you asked " + name + " for a week ago hasn't"
                        + " come in. A friendly nudge helps" + Optional.ofNullable(rep.reviewLinks().get(site))
                        .map(link -> ": send the link again, " + link + ".").orElse(": make it easy, send the link."))
                        .withActions(List.of(SuggestedAction.send("Got it", name + " left a review" + on))));
            }
        }
        for (Endorsement kind : Endorsement.values()) {
            if (kind == Endorsement.REVIEW) {
                continue;
            }
            Optional<Instant> asked = r.awaiting(kind);
            if (asked.isPresent() && !asked.get().plus(RelationshipPlanner.ENDORSEMENT_WAIT).isAfter(now)) {
                return new Delivery.Say(Reply.of("The " + kind.label() + " you asked " + name + " for a week ago hasn't"
                        + " come in. A friendly nudge helps: offer a short draft they can edit.")
                        .withActions(List.of(SuggestedAction.send("Got it", "got " + kind.label() + " from " + name))));
            }
        }
        return new Delivery.Skip("the endorsement came in");
    }

    /** A need the person told of in the last half year, and who the rep knows that could meet it. */
    private String helpFirst(Rep rep, Contact person, Relationship r, Instant now) {
        String first = person.name().firstName();
        Optional<String> need = r.latest(RelationshipEventKind.NEED)
                .filter(e -> e.at().plus(RECENT_NEED).isAfter(now)).flatMap(RelationshipEvent::note);
        if (need.isEmpty()) {
            return "ask " + first + " how you can help them right now.";
        }
        List<Contact> givable = leads.matching(rep.workspace(), need.get(), person.id());
        return first + " needs " + need.get() + (givable.isEmpty() ? ": ask how it's going and who could help."
                : ": give " + first + " a lead, " + LeadsToGive.names(givable) + ".");
    }

    private static Delivery referralMonth(Rep rep, Contact person, Relationship r, CampaignProgress progress,
                                          String helpFirst) {
        if (r.openProblem().isPresent()) {
            return new Delivery.Skip("a problem is open");
        }
        return new Delivery.Say(Reply.of("Referral month: " + person.label() + " today. Help first: " + helpFirst
                + " Then ask: \"" + AskCoach.question(rep, r, person, Optional.empty())
                + "\"" + (progress.isRunning() ? "\nSo far this month: " + progress.display() + "." : ""))
                .withActions(AskCoach.actions(person)));
    }

    /** The rep's campaign this month, from the tallies of the whole month (people planned count from its start). */
    private CampaignProgress progress(Rep rep, Instant now) {
        Period month = Period.holding(GoalPeriod.MONTH, now, rep.zone());
        return CampaignProgress.of(new Scoreboard(tallies.read(rep.workspace(), List.of(rep.id()),
                month.start(), month.end())).of(rep.id(), month.start(), month.end()));
    }
}
