package com.referralcoach.core.engine;

import com.referralcoach.core.coaching.ReferrerUpdate;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.LeadStage;
import com.referralcoach.core.domain.Referral;
import com.referralcoach.core.language.MoveLead;
import com.referralcoach.core.port.ContactBook;
import com.referralcoach.core.port.ReferralLedger;
import com.referralcoach.core.reminders.ReminderPlanner;
import com.referralcoach.core.reply.Reply;
import java.util.List;
import java.util.Optional;

/** Moves a referred lead to its next stage and drafts the update the referrer deserves. */
final class LeadStageHandler implements CommandHandler<MoveLead> {
    private final PeopleFinder people;
    private final ContactBook contacts;
    private final ReferralLedger referrals;
    private final ReminderPlanner planner;
    private final Scorekeeper score;
    private final WinCorrection corrections;

    LeadStageHandler(PeopleFinder people, ContactBook contacts, ReferralLedger referrals, ReminderPlanner planner,
                     Scorekeeper score, WinCorrection corrections) {
        this.score = score;
        this.corrections = corrections;
        this.people = people;
        this.contacts = contacts;
        this.referrals = referrals;
        this.planner = planner;
    }

    @Override
    public Reply handle(MoveLead command, Conversation conversation) {
        PersonMatch match = people.find(conversation.workspace(), command.lead());
        if (match instanceof PersonMatch.Ambiguous ambiguous) {
            return Clarification.whichOne(command.lead(), ambiguous.candidates(), conversation.text());
        }
        String name = command.lead().name().display();
        if (match instanceof PersonMatch.NotFound) {
            return notALead(name);
        }
        Contact lead = ((PersonMatch.Found) match).contact();
        List<Referral> all = referrals.forLead(conversation.workspace(), conversation.rep().id(), lead.id());
        Optional<Referral> open = all.stream().filter(Referral::isOpen).reduce((a, b) -> b);
        if (open.isEmpty()) {
            if (all.isEmpty()) {
                return notALead(lead.name().display());
            }
            Referral last = all.get(all.size() - 1);
            if (wonAgainToday(last, command, conversation)) {
                return corrections.correct(last, lead, command.amount().orElseThrow(), conversation,
                        lead.name().display() + "'s lead was already won today");
            }
            return closed(last, lead, conversation);
        }
        Referral referral = open.get();
        if (referral.stage() == command.stage()) {
            return Reply.of(lead.name().display() + " is already at \"" + command.stage().label() + "\" (since "
                    + conversation.moments().date(referral.current().at()) + "). Nothing changed.");
        }
        Referral moved = referral.movedTo(command.stage(), conversation.instant(), command.note(), command.amount());
        referrals.save(moved);
        score.leadMoved(conversation.rep(), referral, moved, conversation.instant());
        planner.leadMoved(conversation.rep(), referral, moved, conversation.instant());
        Contact referrer = contacts.find(conversation.workspace(), referral.referrer()).orElse(lead);
        return ReferrerUpdate.afterMove(moved, lead, referrer);
    }

    /** "Ken Adams won $9k" on the day Ken Adams's lead was won: the amount was wrong (a lead is won once). */
    private static boolean wonAgainToday(Referral last, MoveLead command, Conversation conversation) {
        return last.stage() == LeadStage.WON && command.stage() == LeadStage.WON && command.amount().isPresent()
                && last.current().at().atZone(conversation.now().getZone()).toLocalDate()
                        .equals(conversation.now().toLocalDate());
    }

    private static Reply notALead(String name) {
        return Reply.of(name + " isn't one of your referred leads yet. Log the referral first: \"Jane Doe referred "
                + name + "\".");
    }

    private static Reply closed(Referral last, Contact lead, Conversation conversation) {
        return Reply.of(lead.name().display() + "'s lead is already closed: " + last.stage().label() + " "
                + conversation.moments().on(last.current().at()) + ". Nothing changed.");
    }
}
