package com.referralcoach.core.engine;

import com.referralcoach.core.domain.ActivityKind;
import com.referralcoach.core.coaching.Relationships;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.Endorsement;
import com.referralcoach.core.domain.RelationshipEvent;
import com.referralcoach.core.domain.RelationshipEventKind;
import com.referralcoach.core.language.GiveReferral;
import com.referralcoach.core.language.MarkConnector;
import com.referralcoach.core.language.SetCheckInCadence;
import com.referralcoach.core.language.TrackEndorsement;
import com.referralcoach.core.port.RelationshipLog;
import com.referralcoach.core.reminders.RelationshipPlanner;
import com.referralcoach.core.reply.Reply;
import java.util.Optional;

/** Staying in touch and giving: cadences, connectors, testimonials and recommendations, referrals given. */
final class TouchHandler {
    private final Named named;
    private final RelationshipLog log;
    private final RelationshipPlanner planner;
    private final CheckIns checkIns;
    private final Scorekeeper score;

    TouchHandler(Named named, RelationshipLog log, Relationships relationships, RelationshipPlanner planner,
                 Scorekeeper score) {
        this.score = score;
        this.named = named;
        this.log = log;
        this.planner = planner;
        this.checkIns = new CheckIns(relationships, planner);
    }

    CommandHandler<SetCheckInCadence> cadences() {
        return (command, c) -> named.orNew(command.person(), c, person -> {
            log.save(RelationshipEvent.cadence(c.rep(), person.id(), command.days(), c.instant()));
            checkIns.keepUp(c, person);
            return Reply.of("Saved: you'll check in with " + person.name().display() + " every " + command.days()
                    + " days. Anything you log with them resets the clock.");
        });
    }

    CommandHandler<MarkConnector> connectors() {
        return (command, c) -> named.orNew(command.person(), c, person -> {
            log.save(RelationshipEvent.of(c.rep(), person.id(), RelationshipEventKind.CONNECTOR, Optional.empty(),
                    c.instant()));
            checkIns.keepUp(c, person);
            return Reply.of("Saved: " + person.name().display() + " is a connector. Help them first; I'll have you"
                    + " check in every 30 days and put them first in \"who to ask\".");
        });
    }

    CommandHandler<TrackEndorsement> endorsements() {
        return (command, c) -> named.orNew(command.person(), c, person -> command.kind() == Endorsement.REVIEW
                ? review(command, c, person) : endorsement(command, c, person));
    }

    /** A review, tracked per site: the rep's link for that site goes into the reply, ready to send. */
    private Reply review(TrackEndorsement command, Conversation c, Contact person) {
        String name = person.name().display();
        String on = command.platform().map(site -> " on " + site).orElse("");
        log.save(RelationshipEvent.of(c.rep(), person.id(), command.received() ? RelationshipEventKind.REVIEW_RECEIVED
                : RelationshipEventKind.REVIEW_ASKED, command.platform(), c.instant()));
        checkIns.keepUp(c, person);
        if (command.received()) {
            score.count(c.rep(), ActivityKind.TESTIMONIAL_RECEIVED, c.instant());
            score.count(c.rep(), ActivityKind.REVIEW_RECEIVED, c.instant());
            return Reply.of("Saved: " + name + " left you a review" + on + ". Thank them: reviews open doors to people"
                    + " who don't know you yet.");
        }
        planner.endorsementFollowUp(c.rep(), person.id(), Endorsement.REVIEW, c.instant());
        Optional<String> link = command.platform().map(site -> c.rep().reviewLinks().get(site));
        String send = link.map(l -> " Send the link so it takes two minutes: " + l + ".").orElse(command.platform()
                .map(site -> " Save your " + site + " link once (\"my review link " + site + " https://…\") and I'll"
                        + " put it in every draft.").orElse(""));
        return Reply.of("Saved: you asked " + name + " for a review" + on + "." + send + " If it hasn't come in a week"
                + " from now, I'll remind you to follow up. Say \"" + name + " left a review" + on + "\" when it does.");
    }

    private Reply endorsement(TrackEndorsement command, Conversation c, Contact person) {
        Endorsement kind = command.kind();
        String name = person.name().display();
        log.save(RelationshipEvent.of(c.rep(), person.id(), command.received() ? kind.received() : kind.asked(),
                Optional.empty(), c.instant()));
        checkIns.keepUp(c, person);
        if (command.received()) {
            score.count(c.rep(), ActivityKind.TESTIMONIAL_RECEIVED, c.instant());
            return Reply.of("Saved: " + name + " gave you a " + kind.label() + ". Thank them, and share it where"
                    + " people who don't know you yet will see it.");
        }
        planner.endorsementFollowUp(c.rep(), person.id(), kind, c.instant());
        return Reply.of("Saved: you asked " + name + " for a " + kind.label() + ". If it hasn't come in a week"
                + " from now, I'll remind you to follow up. Say \"got " + kind.label() + " from " + name
                + "\" when it does.");
    }

    CommandHandler<GiveReferral> referralsGiven() {
        return (command, c) -> named.orNew(command.to(), c, person -> {
            log.save(RelationshipEvent.of(c.rep(), person.id(), RelationshipEventKind.REFERRAL_GIVEN,
                    command.referral(), c.instant()));
            score.count(c.rep(), ActivityKind.REFERRAL_GIVEN, c.instant());
            checkIns.keepUp(c, person);
            return Reply.of("Saved: you gave " + person.name().display() + " a referral"
                    + command.referral().map(r -> " (" + r + ")").orElse("") + ". People who give leads get leads;"
                    + " see what you've given them with \"contact " + person.name().display() + "\".");
        });
    }
}
