package com.referralcoach.core.engine;

import com.referralcoach.core.domain.ActivityKind;
import com.referralcoach.core.coaching.AskCoach;
import com.referralcoach.core.domain.Ask;
import com.referralcoach.core.domain.AskId;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.language.LeadDetails;
import com.referralcoach.core.language.RecordAsk;
import com.referralcoach.core.port.AskLog;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.reply.SuggestedAction;
import java.util.List;

/** Records how a referral ask went and coaches the next step. */
final class AskHandler implements CommandHandler<RecordAsk> {
    private final PeopleFinder people;
    private final AskLog asks;
    private final CheckIns checkIns;
    private final Scorekeeper score;
    private final ReferralMonthAsks month;

    AskHandler(PeopleFinder people, AskLog asks, CheckIns checkIns, Scorekeeper score, ReferralMonthAsks month) {
        this.score = score;
        this.month = month;
        this.checkIns = checkIns;
        this.people = people;
        this.asks = asks;
    }

    @Override
    public Reply handle(RecordAsk command, Conversation conversation) {
        PersonMatch match = people.findOrCreate(conversation.workspace(), command.person(), LeadDetails.none(),
                conversation.instant());
        if (match instanceof PersonMatch.Ambiguous ambiguous) {
            return Clarification.whichOne(command.person(), ambiguous.candidates(), conversation.text());
        }
        Contact person = ((PersonMatch.Found) match).contact();
        Ask ask = new Ask(conversation.workspace(), AskId.random(), conversation.rep().id(), person.id(),
                command.outcome(), command.note(), conversation.instant());
        asks.save(ask);
        if (ask.outcome().wasAsked()) {
            score.count(conversation.rep(), ActivityKind.ASK_MADE, ask.at());
            month.asked(conversation.rep(), ask);
        }
        checkIns.keepUp(conversation, person);
        return coaching(ask, person, conversation);
    }

    private static Reply coaching(Ask ask, Contact person, Conversation conversation) {
        String name = person.name().display();
        String first = person.name().firstName();
        String note = ask.note().map(n -> " (" + n + ")").orElse("");
        SuggestedAction gotOne = SuggestedAction.template("Got a referral", name + " referred ");
        switch (ask.outcome()) {
            case ASKED:
                return Reply.of("Saved: you asked " + name + " for a referral" + note + ". Nice work.\n"
                        + "When " + first + " gives you a name, log it: \"" + name + " referred Tom Lee at Globex\".")
                        .withActions(List.of(gotOne));
            case THINKING:
                return Reply.of("Saved: you asked " + name + "; " + first + " is thinking about it" + note + ".\n"
                        + "Check back in a few days with something useful for them, then ask again.")
                        .withActions(List.of(gotOne));
            case GOT_REFERRAL:
                return Reply.of("Saved: " + name + " gave you a referral. Log the lead now so you follow up at once: \""
                        + name + " referred Tom Lee at Globex\".").withActions(List.of(gotOne));
            case DECLINED:
                String until = conversation.moments().date(ask.at().plus(AskCoach.DECLINE_QUIET));
                return Reply.of("Saved: " + name + " said no" + note + ". Thank " + first
                        + " for being straight with you; a gracious no keeps the door open.\n"
                        + "No ask prompts for " + first + " until " + until + "; I'll keep your check-ins going.")
                        .withFields(List.of(GracefulNo.reply(person, ask.note())));
            default:
                return ask.note().isPresent()
                        ? Reply.of("Saved: not asking " + name + note + ". I'll hold ask prompts for " + first
                        + " for 30 days or until you say \"asked " + name + "\".")
                        : Reply.of("Saved: not asking " + name + " this time. Next meeting is another chance.");
        }
    }
}
