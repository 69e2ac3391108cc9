package com.referralcoach.core.engine;

import com.referralcoach.core.domain.ActivityKind;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.Referral;
import com.referralcoach.core.language.LeadDetails;
import com.referralcoach.core.language.LogReferral;
import com.referralcoach.core.language.PersonRef;
import com.referralcoach.core.port.ContactBook;
import com.referralcoach.core.port.ReferralLedger;
import com.referralcoach.core.reminders.ReminderPlanner;
import com.referralcoach.core.reply.Field;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.reply.SuggestedAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Logs a referral received: the referrer, the new lead and how to reach them, at stage "new". */
final class ReferralHandler implements CommandHandler<LogReferral> {
    private final PeopleFinder people;
    private final ContactBook contacts;
    private final ReferralLedger referrals;
    private final ReminderPlanner planner;
    private final Scorekeeper score;

    ReferralHandler(PeopleFinder people, ContactBook contacts, ReferralLedger referrals, ReminderPlanner planner,
                    Scorekeeper score) {
        this.score = score;
        this.people = people;
        this.contacts = contacts;
        this.referrals = referrals;
        this.planner = planner;
    }

    @Override
    public Reply handle(LogReferral command, Conversation conversation) {
        if (command.referrer().name().key().equals(command.lead().name().key())) {
            return Reply.of("The referrer and the lead are the same person. Try: \"Jane Doe referred Tom Lee at Globex\".");
        }
        PersonMatch referrerMatch = people.findOrCreate(conversation.workspace(), command.referrer(),
                LeadDetails.none(), conversation.instant());
        if (referrerMatch instanceof PersonMatch.Ambiguous ambiguous) {
            return Clarification.whichOne(command.referrer(), ambiguous.candidates(), conversation.text());
        }
        PersonMatch leadMatch = people.findOrCreate(conversation.workspace(), command.lead(), command.details(),
                conversation.instant());
        if (leadMatch instanceof PersonMatch.Ambiguous ambiguous) {
            return Clarification.whichOne(command.lead(), ambiguous.candidates(), conversation.text());
        }
        Contact referrer = ((PersonMatch.Found) referrerMatch).contact();
        Contact lead = ((PersonMatch.Found) leadMatch).contact();
        Optional<Referral> open = referrals.forLead(conversation.workspace(), conversation.rep().id(), lead.id())
                .stream().filter(Referral::isOpen).findFirst();
        if (open.isPresent()) {
            return alreadyInPipeline(open.get(), lead, conversation);
        }
        Referral referral = Referral.received(conversation.workspace(), conversation.rep().id(), referrer.id(),
                lead.id(), command.details().need(), conversation.instant());
        referrals.save(referral);
        score.count(conversation.rep(), ActivityKind.REFERRAL_RECEIVED, referral.receivedAt());
        planner.newLead(conversation.rep(), referral, conversation.instant());
        return welcome(referrer, lead, referral);
    }

    private Reply alreadyInPipeline(Referral open, Contact lead, Conversation conversation) {
        String from = contacts.find(conversation.workspace(), open.referrer())
                .map(c -> c.name().display()).orElse("someone");
        return Reply.of(lead.label() + " is already in your pipeline: referred by " + from + " "
                + conversation.moments().date(open.receivedAt()) + ", " + open.stage().label()
                + ". Nothing new saved.");
    }

    private static Reply welcome(Contact referrer, Contact lead, Referral referral) {
        String leadFirst = lead.name().firstName();
        String referrerFirst = referrer.name().firstName();
        List<Field> fields = new ArrayList<>();
        lead.email().ifPresent(e -> fields.add(new Field("Email", e)));
        lead.phone().ifPresent(p -> fields.add(new Field("Phone", p)));
        referral.need().ifPresent(n -> fields.add(new Field("Note", n)));
        return new Reply("Saved: new lead " + lead.label() + ", referred by " + referrer.name().display() + ".\n"
                + "Contact " + leadFirst + " today: a fast follow-up shows " + referrerFirst
                + " the introduction was in good hands.\nI'll nudge you if they're still waiting in an hour, and remind you to thank "
                + referrerFirst + " on your next working morning.",
                fields,
                List.of(SuggestedAction.send("Mark contacted", lead.name().display() + " contacted")));
    }
}
