package com.referralcoach.core.engine;

import com.referralcoach.core.domain.BusinessSource;
import com.referralcoach.core.language.RecordBusiness;
import com.referralcoach.core.port.ActivityTally;
import com.referralcoach.core.reply.Reply;

/** "closed $5k repeat business with Jane Doe": business won outside the referral pipeline, and its source. */
final class BusinessHandler implements CommandHandler<RecordBusiness> {
    private final ActivityTally tally;

    BusinessHandler(ActivityTally tally) {
        this.tally = tally;
    }

    @Override
    public Reply handle(RecordBusiness command, Conversation c) {
        // The tally is the only record of this business, so a failure here must reach the rep (no best effort).
        Scorekeeper.wins(c.rep(), command.source(), command.amount(), c.instant()).forEach(tally::record);
        String what = command.amount().map(a -> a.display() + " of ").orElse("") + command.source().label()
                + " business" + command.customer().map(p -> " with " + p.name().display()).orElse("");
        String coaching = command.source() == BusinessSource.REFERRAL
                ? " Tell the person who referred it, and thank them."
                : " A happy customer is the best moment to ask who else they know.";
        return Reply.of("Saved: you won " + what + "." + coaching);
    }
}
