package com.referralcoach.core.reminders;

import com.referralcoach.core.coaching.Relationship;
import com.referralcoach.core.domain.Ask;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.Endorsement;
import com.referralcoach.core.domain.RelationshipEvent;
import com.referralcoach.core.domain.RelationshipEventKind;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.port.RelationshipLog;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.reply.SuggestedAction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A week after a win or a 9-10, the suggestion to ask for a public word: a review on a site the rep keeps a link
 * for, else a testimonial, with the request drafted. One at a time, and never in the same week as a referral ask.
 */
final class EndorsementSuggestion {
    /** No suggestion while another endorsement was suggested or asked for this recently. */
    static final Duration ONE_AT_A_TIME = Duration.ofDays(30);
    /** Someone who gave one this recently is not asked again. */
    static final Duration GIVEN_RECENTLY = Duration.ofDays(365);

    private final RelationshipLog events;
    private final RelationshipPlanner planner;

    EndorsementSuggestion(RelationshipLog events, RelationshipPlanner planner) {
        this.events = events;
        this.planner = planner;
    }

    Delivery compose(Rep rep, Contact person, Relationship r, Instant now) {
        Optional<Instant> lastAsk = r.asks().stream().filter(a -> a.outcome().wasAsked()).map(Ask::at).findFirst();
        if (lastAsk.filter(at -> at.plus(RelationshipPlanner.ENDORSEMENT_WAIT).isAfter(now)).isPresent()) {
            planner.endorsementSuggestion(rep, person.id(), lastAsk.get(), now);
            return new Delivery.Skip("a referral ask this week; the suggestion waits a week after it");
        }
        if (r.openProblem().isPresent()) {
            return new Delivery.Skip("a problem is open");
        }
        boolean busy = r.events().stream().filter(e -> e.at().plus(ONE_AT_A_TIME).isAfter(now))
                .anyMatch(e -> e.kind() == RelationshipEventKind.ENDORSEMENT_SUGGESTED || isAsked(e.kind()));
        boolean given = r.events().stream().filter(e -> e.at().plus(GIVEN_RECENTLY).isAfter(now))
                .anyMatch(e -> isReceived(e.kind()));
        if (busy || given) {
            return new Delivery.Skip("one endorsement at a time");
        }
        events.save(RelationshipEvent.of(rep, person.id(), RelationshipEventKind.ENDORSEMENT_SUGGESTED,
                Optional.empty(), now));
        String name = person.name().display();
        String first = person.name().firstName();
        Optional<Map.Entry<String, String>> site = rep.reviewLinks().entrySet().stream().findFirst();
        if (site.isPresent()) {
            String label = site.get().getKey();
            return new Delivery.Say(Reply.of(first + " has had a good experience with you: a good moment to ask for a"
                    + " review on " + label + ". Draft: \"Hi " + first + ", would you share your experience on " + label
                    + "? It takes two minutes and helps people like you find us: " + site.get().getValue() + "\"")
                    .withActions(List.of(SuggestedAction.send("Asked", "asked " + name + " for a review on " + label))));
        }
        return new Delivery.Say(Reply.of(first + " has had a good experience with you: a good moment to ask for a"
                + " testimonial. Draft: \"Hi " + first + ", would you write two or three sentences about working with"
                + " us? I'd love to share them with people who don't know us yet.\" (Keep a review link, \"my review"
                + " link G2 https://…\", and I'll draft reviews too.)")
                .withActions(List.of(SuggestedAction.send("Asked", "asked " + name + " for a testimonial"))));
    }

    private static boolean isAsked(RelationshipEventKind kind) {
        for (Endorsement e : Endorsement.values()) {
            if (e.asked() == kind) {
                return true;
            }
        }
        return false;
    }

    private static boolean isReceived(RelationshipEventKind kind) {
        for (Endorsement e : Endorsement.values()) {
            if (e.received() == kind) {
                return true;
            }
        }
        return false;
    }
}
