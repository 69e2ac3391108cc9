package com.referralcoach.core.engine;

import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.LeadStage;
import com.referralcoach.core.domain.Referral;
import com.referralcoach.core.domain.RelationshipEvent;
import com.referralcoach.core.domain.RelationshipEventKind;
import com.referralcoach.core.language.MoveLead;
import com.referralcoach.core.port.ReferralLedger;
import com.referralcoach.core.port.ReminderQueue;
import com.referralcoach.core.port.RelationshipLog;
import com.referralcoach.core.reminders.RelationshipPlanner;
import com.referralcoach.core.reply.Reply;
import java.util.Optional;

/**
 * After a lead is won: a satisfaction check once their first month is over, and the won date as the day they
 * became a customer (for the anniversary card) unless the rep gave one.
 */
final class WonDealFollowUp implements CommandHandler<MoveLead> {
    private final CommandHandler<MoveLead> moves;
    private final PeopleFinder people;
    private final ReferralLedger referrals;
    private final RelationshipLog events;
    private final RelationshipPlanner planner;
    private final DealSizes sizes;

    WonDealFollowUp(CommandHandler<MoveLead> moves, PeopleFinder people, ReferralLedger referrals,
                    ReminderQueue reminders, RelationshipLog events, DealSizes sizes) {
        this.sizes = sizes;
        this.moves = moves;
        this.people = people;
        this.referrals = referrals;
        this.events = events;
        this.planner = new RelationshipPlanner(reminders);
    }

    @Override
    public Reply handle(MoveLead command, Conversation c) {
        Reply reply = moves.handle(command, c);
        if (command.stage() != LeadStage.WON
                || !(people.find(c.workspace(), command.lead()) instanceof PersonMatch.Found found)) {
            return reply;
        }
        Contact customer = found.contact();
        Optional<Referral> wonNow = referrals.forLead(c.workspace(), c.rep().id(), customer.id()).stream()
                .filter(r -> r.stage() == LeadStage.WON && r.current().at().equals(c.instant())).findFirst();
        if (wonNow.isEmpty()) {
            return reply;
        }
        planner.satisfactionCheck(c.rep(), customer.id(), wonNow.get().id().value(), c.instant());
        boolean dated = events.ofContact(c.workspace(), c.rep().id(), customer.id()).stream()
                .anyMatch(e -> e.kind() == RelationshipEventKind.CUSTOMER_SINCE);
        if (!dated) {
            var today = c.now().toLocalDate();
            events.save(RelationshipEvent.dated(c.rep(), customer.id(),
                    RelationshipEventKind.CUSTOMER_SINCE, today, c.instant()));
            planner.occasion(c.rep(), customer.id(), today, false, c.instant());
        }
        String first = customer.name().firstName();
        String small = command.amount().filter(won -> sizes.isSmall(c.rep(), won, c.instant()))
                .map(won -> DealSizes.smallDealLine(first)).orElse("");
        return new Reply(reply.text() + "\nMake sure " + first + " has your current details to pass on: your card, or"
                + " a short intro they can forward." + small + "\nIn a month I'll ask you how happy " + first
                + " is: a 9 or 10 is the moment to ask for a referral.", reply.fields(), reply.actions());
    }
}
