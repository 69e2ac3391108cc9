package com.referralcoach.core.engine;

import com.referralcoach.core.domain.Activity;
import com.referralcoach.core.domain.BusinessSource;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.LeadStage;
import com.referralcoach.core.domain.Money;
import com.referralcoach.core.domain.Referral;
import com.referralcoach.core.language.CorrectWin;
import com.referralcoach.core.port.ActivityTally;
import com.referralcoach.core.port.ReferralLedger;
import com.referralcoach.core.reply.Reply;
import java.util.List;
import java.util.Optional;

/**
 * A won lead's amount corrected: "actually Ken Adams won $9k", or "Ken Adams won $9k" again on the day the lead was
 * won (a lead is won once; a second deal with the same person is repeat business). The referral's amount and the
 * tallies' sums change, the count of wins stays, and the reply says why it was taken as a correction.
 */
final class WinCorrection implements CommandHandler<CorrectWin> {
    private final PeopleFinder people;
    private final ReferralLedger referrals;
    private final ActivityTally tally;

    WinCorrection(PeopleFinder people, ReferralLedger referrals, ActivityTally tally) {
        this.people = people;
        this.referrals = referrals;
        this.tally = tally;
    }

    @Override
    public Reply handle(CorrectWin command, Conversation c) {
        PersonMatch match = people.find(c.workspace(), command.lead());
        if (match instanceof PersonMatch.Ambiguous ambiguous) {
            return Clarification.whichOne(command.lead(), ambiguous.candidates(), c.text());
        }
        String name = command.lead().name().display();
        if (!(match instanceof PersonMatch.Found found)) {
            return Reply.of("I don't know anyone called " + name + ", so there is no win to correct.");
        }
        Contact lead = found.contact();
        List<Referral> all = referrals.forLead(c.workspace(), c.rep().id(), lead.id());
        Optional<Referral> won = all.stream().filter(r -> r.stage() == LeadStage.WON).reduce((a, b) -> b);
        if (won.isEmpty()) {
            return Reply.of(lead.name().display() + " has no won deal of yours to correct. A win is \""
                    + lead.name().display() + " won " + command.amount().display() + "\".");
        }
        return correct(won.get(), lead, command.amount(), c, "you said it corrects the amount");
    }

    /** Corrects the amount of {@code won}; {@code why} says why the message was read as a correction. */
    Reply correct(Referral won, Contact lead, Money amount, Conversation c, String why) {
        String name = lead.name().display();
        Optional<Money> before = won.wonAmount();
        if (before.equals(Optional.of(amount))) {
            return Reply.of(name + "'s win is already " + amount.display() + ". Nothing changed.");
        }
        referrals.save(won.withWonAmount(Optional.of(amount)));
        for (Activity counted : Scorekeeper.wins(c.rep(), BusinessSource.REFERRAL, Optional.of(amount),
                won.current().at())) {
            tally.amend(counted, before);
        }
        return Reply.of("Corrected: " + name + "'s win is " + amount.display() + before.map(was -> ", not "
                + was.display()).orElse(" (it had no amount)") + ". I took it as a correction, not a"
                + " second deal (" + why + "); goals and digests count the new amount. A second deal after all? Say"
                + " \"undo\", then \"closed " + amount.display() + " repeat business with " + name + "\".");
    }
}
