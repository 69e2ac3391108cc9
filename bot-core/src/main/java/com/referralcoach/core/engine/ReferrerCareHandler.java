package com.referralcoach.core.engine;

import com.referralcoach.core.domain.ActivityKind;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.Referral;
import com.referralcoach.core.language.PersonRef;
import com.referralcoach.core.language.RecordReferrerUpdate;
import com.referralcoach.core.language.RecordThanks;
import com.referralcoach.core.port.ReferralLedger;
import com.referralcoach.core.reminders.ReminderPlanner;
import com.referralcoach.core.reply.Reply;
import java.util.List;

/** "updated Jane Doe" and "thanked Jane Doe": the care a referrer gets, recorded on each of their referrals. */
final class ReferrerCareHandler {
    private final PeopleFinder people;
    private final ReferralLedger referrals;
    private final ReminderPlanner planner;
    private final Scorekeeper score;

    ReferrerCareHandler(PeopleFinder people, ReferralLedger referrals, ReminderPlanner planner, Scorekeeper score) {
        this.score = score;
        this.people = people;
        this.referrals = referrals;
        this.planner = planner;
    }

    CommandHandler<RecordReferrerUpdate> updates() {
        return (command, conversation) -> care(command.referrer(), conversation, true);
    }

    CommandHandler<RecordThanks> thanks() {
        return (command, conversation) -> care(command.referrer(), conversation, false);
    }

    private Reply care(PersonRef ref, Conversation conversation, boolean update) {
        PersonMatch match = people.find(conversation.workspace(), ref);
        if (match instanceof PersonMatch.Ambiguous ambiguous) {
            return Clarification.whichOne(ref, ambiguous.candidates(), conversation.text());
        }
        if (match instanceof PersonMatch.NotFound) {
            return Reply.of("I don't know anyone called " + ref.name().display()
                    + " who referred someone to you. Log it first: \"" + ref.name().display() + " referred Tom Lee\".");
        }
        Contact referrer = ((PersonMatch.Found) match).contact();
        List<Referral> given = referrals.fromReferrer(conversation.workspace(), conversation.rep().id(), referrer.id());
        List<Referral> cared = given.stream().filter(r -> !update || r.isOpen()).toList();
        String name = referrer.name().display();
        if (cared.isEmpty()) {
            return Reply.of(given.isEmpty()
                    ? name + " hasn't referred anyone to you yet, so there is nothing to record."
                    : name + "'s leads are all closed; nothing to update. Thank them instead: \"thanked " + name + "\".");
        }
        for (Referral referral : cared) {
            Referral changed = update ? referral.withReferrerUpdated(conversation.instant())
                    : referral.withThanks(conversation.instant());
            referrals.save(changed);
            if (update) {
                planner.referrerUpdate(conversation.rep(), changed, conversation.instant());
            } else {
                planner.thanked(conversation.rep(), changed);
            }
        }
        score.count(conversation.rep(), update ? ActivityKind.REFERRER_UPDATED : ActivityKind.REFERRER_THANKED,
                conversation.instant());
        String leads = cared.size() == 1 ? "1 referral" : cared.size() + " referrals";
        return Reply.of(update
                ? "Saved: you updated " + name + " (" + leads + "). I'll remind you again if two weeks pass quietly."
                : "Saved: you thanked " + name + " (" + leads + "). People who feel appreciated refer again.");
    }
}
