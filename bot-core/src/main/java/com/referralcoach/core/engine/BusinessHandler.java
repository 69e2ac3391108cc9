package com.referralcoach.core.engine;

import com.referralcoach.core.domain.Business;
import com.referralcoach.core.domain.BusinessSource;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.language.RecordBusiness;
import com.referralcoach.core.port.ActivityTally;
import com.referralcoach.core.port.BusinessLog;
import java.util.Optional;
import java.util.UUID;
import com.referralcoach.core.reply.Reply;

/**
 * "closed $5k repeat business with Jane Doe": business won outside the referral pipeline, and its source; counted
 * in the tallies and kept ({@link BusinessLog}, with the customer when they are known) so its amount can be corrected.
 */
final class BusinessHandler implements CommandHandler<RecordBusiness> {
    private final ActivityTally tally;
    private final BusinessLog business;
    private final PeopleFinder people;

    BusinessHandler(ActivityTally tally, BusinessLog business, PeopleFinder people) {
        this.tally = tally;
        this.business = business;
        this.people = people;
    }

    @Override
    public Reply handle(RecordBusiness command, Conversation c) {
        // The tally is the only record of this business, so a failure here must reach the rep (no best effort).
        Scorekeeper.wins(c.rep(), command.source(), command.amount(), c.instant()).forEach(tally::record);
        Optional<ContactId> customer = command.customer().map(ref -> people.find(c.workspace(), ref))
                .filter(PersonMatch.Found.class::isInstance).map(m -> ((PersonMatch.Found) m).contact().id());
        business.save(new Business(c.workspace(), UUID.randomUUID().toString(), c.rep().id(), command.source(),
                command.amount(), customer, c.instant()));
        String what = command.amount().map(a -> a.display() + " of ").orElse("") + command.source().label()
                + " business" + command.customer().map(p -> " with " + p.name().display()).orElse("");
        String coaching = command.source() == BusinessSource.REFERRAL
                ? " Tell the person who referred it, and thank them."
                : " A happy customer is the best moment to ask who else they know.";
        return Reply.of("Saved: you won " + what + "." + coaching);
    }
}
