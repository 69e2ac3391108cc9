package com.referralcoach.core.engine;

import com.referralcoach.core.coaching.AskCoach;
import com.referralcoach.core.coaching.Relationship;
import com.referralcoach.core.coaching.Relationships;
import com.referralcoach.core.domain.Business;
import com.referralcoach.core.domain.BusinessSource;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.language.RecordBusiness;
import com.referralcoach.core.port.ActivityTally;
import com.referralcoach.core.port.BusinessLog;
import com.referralcoach.core.reply.Reply;
import java.util.Optional;
import java.util.UUID;

/**
 * "closed $5k repeat business with Jane Doe": business won outside the referral pipeline, and its source; counted
 * in the tallies and kept ({@link BusinessLog}, with the customer when they are known) so its amount can be corrected.
 * Repeat business shows the customer is happy, so it brings the ask; a small deal is asked of like a big one.
 */
final class BusinessHandler implements CommandHandler<RecordBusiness> {
    private final ActivityTally tally;
    private final BusinessLog business;
    private final PeopleFinder people;
    private final Relationships relationships;
    private final AskCoach coach;
    private final DealSizes sizes;

    BusinessHandler(ActivityTally tally, BusinessLog business, PeopleFinder people, Relationships relationships,
                    AskCoach coach) {
        this.tally = tally;
        this.business = business;
        this.people = people;
        this.relationships = relationships;
        this.coach = coach;
        this.sizes = new DealSizes(tally);
    }

    @Override
    public Reply handle(RecordBusiness command, Conversation c) {
        boolean small = command.amount().filter(won -> sizes.isSmall(c.rep(), won, c.instant())).isPresent();
        // The tally is the only record of this business, so a failure here must reach the rep (no best effort).
        Scorekeeper.wins(c.rep(), command.source(), command.amount(), c.instant()).forEach(tally::record);
        Optional<Contact> customer = command.customer()
                .map(ref -> people.find(c.workspace(), ref))
                .filter(PersonMatch.Found.class::isInstance).map(found -> ((PersonMatch.Found) found).contact());
        business.save(new Business(c.workspace(), UUID.randomUUID().toString(), c.rep().id(), command.source(),
                command.amount(), customer.map(Contact::id), c.instant()));
        String what = command.amount().map(a -> a.display() + " of ").orElse("") + command.source().label()
                + " business" + command.customer().map(p -> " with " + p.name().display()).orElse("");
        String saved = "Saved: you won " + what + ".";
        if (command.source() == BusinessSource.REFERRAL) {
            return Reply.of(saved + " Tell the person who referred it, and thank them.");
        }
        if (customer.isEmpty()) {
            return Reply.of(saved + (command.source() == BusinessSource.REPEAT
                    ? " Repeat business shows they're happy: now ask them for an introduction."
                    : " A happy customer is the best moment to ask who else they know.")
                    + (small ? "\nSmall customers refer big ones: ask them as you would your biggest customer." : ""));
        }
        Contact person = customer.get();
        Relationship standing = relationships.of(c.rep().id(), person, c.instant());
        String first = person.name().firstName();
        Optional<Reply> held = coach.heldBack(c.rep(), standing, person, Optional.empty(), c.now());
        if (held.isPresent()) {
            return MomentHandler.prefixed(saved + "\n", held.get());
        }
        String why = command.source() == BusinessSource.REPEAT
                ? "Repeat business shows " + first + " is happy: now ask for an introduction"
                : "A happy customer is the best moment to ask";
        return Reply.of(saved + "\n" + why + ": \"" + AskCoach.question(c.rep(), standing, person, Optional.empty())
                        + "\"" + (small ? DealSizes.smallDealLine(first) : ""))
                .withActions(AskCoach.actions(person));
    }
}
