package com.referralcoach.core.engine;

import com.referralcoach.core.domain.Activity;
import com.referralcoach.core.domain.Business;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.Money;
import com.referralcoach.core.language.CorrectBusiness;
import com.referralcoach.core.port.ActivityTally;
import com.referralcoach.core.port.BusinessLog;
import com.referralcoach.core.reply.Reply;
import java.util.Optional;

/**
 * "actually closed $9k repeat business with Ken Adams": the rep's latest business of that source (with that customer
 * when they are known) gets the amount, and the tallies' sums of the slot it was counted in change by the
 * difference, so goals and digests follow; the count of wins stays. One change "undo" takes back.
 */
final class BusinessCorrection implements CommandHandler<CorrectBusiness> {
    private final PeopleFinder people;
    private final BusinessLog business;
    private final ActivityTally tally;

    BusinessCorrection(PeopleFinder people, BusinessLog business, ActivityTally tally) {
        this.people = people;
        this.business = business;
        this.tally = tally;
    }

    @Override
    public Reply handle(CorrectBusiness command, Conversation c) {
        Optional<ContactId> customer = command.customer().map(ref -> people.find(c.workspace(), ref))
                .filter(PersonMatch.Found.class::isInstance).map(m -> ((PersonMatch.Found) m).contact().id());
        String what = command.source().label() + " business"
                + command.customer().map(p -> " with " + p.name().display()).orElse("");
        Optional<Business> latest = business.latest(c.workspace(), c.rep().id(), command.source(), customer);
        if (latest.isEmpty()) {
            return Reply.of("You have no " + what + " of yours to correct. Nothing changed. Business is \"closed "
                    + command.amount().display() + " " + what + "\".");
        }
        Business won = latest.get();
        Optional<Money> before = won.amount();
        String when = c.moments().date(won.at());
        if (before.equals(Optional.of(command.amount()))) {
            return Reply.of("Your " + what + " " + when + " is already " + command.amount().display()
                    + ". Nothing changed.");
        }
        business.save(won.withAmount(command.amount()));
        for (Activity counted : Scorekeeper.wins(c.rep(), won.source(), Optional.of(command.amount()), won.at())) {
            tally.amend(counted, before);
        }
        return Reply.of("Corrected: your " + what + " " + when + " is " + command.amount().display() + ", not "
                + before.map(Money::display).orElse("without an amount") + "; goals and digests count the new"
                + " amount. A second deal after all? Say \"undo\", then \"closed " + command.amount().display() + " "
                + what + "\".");
    }
}
