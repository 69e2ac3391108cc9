package com.referralcoach.core.engine;

import com.referralcoach.core.domain.ActivityKind;
import com.referralcoach.core.coaching.AskCoach;
import com.referralcoach.core.coaching.Relationship;
import com.referralcoach.core.domain.Ask;
import com.referralcoach.core.domain.AskId;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.RelationshipEvent;
import com.referralcoach.core.language.LeadDetails;
import com.referralcoach.core.language.RecordAsk;
import com.referralcoach.core.port.AskLog;
import com.referralcoach.core.port.ContactBook;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.reply.SuggestedAction;
import java.util.List;
import java.util.Optional;

/** Records how a referral ask went and coaches the next step. */
final class AskHandler implements CommandHandler<RecordAsk> {
    private final PeopleFinder people;
    private final AskLog asks;
    private final ContactBook contacts;
    private final CheckIns checkIns;
    private final Scorekeeper score;
    private final ReferralMonthAsks month;

    AskHandler(PeopleFinder people, AskLog asks, ContactBook contacts, CheckIns checkIns, Scorekeeper score,
               ReferralMonthAsks month) {
        this.contacts = contacts;
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
        Relationship standing = checkIns.keepUp(conversation, person);
        Optional<RelationshipEvent> problem = standing.openProblem().filter(p -> ask.outcome().wasAsked());
        Reply coached = coaching(ask, person, problem.isEmpty(), conversation);
        return problem.map(p -> new Reply(coached.text() + "\n" + stillOpen(p, person, conversation),
                coached.fields(), coached.actions())).orElse(coached);
    }

    /** An ask made while a problem is open is recorded, but the fix comes first: not after a mistake. */
    private String stillOpen(RelationshipEvent problem, Contact person, Conversation conversation) {
        String owner = problem.contact().equals(person.id()) ? person.name().display()
                : contacts.find(conversation.workspace(), problem.contact()).map(c -> c.name().display())
                .orElse(person.name().display());
        return "The problem with " + owner + " is still open (" + problem.note().map(n -> n + ", ").orElse("")
                + "since " + conversation.moments().date(problem.at()) + "): fixing it comes first. Put it right,"
                + " add a small extra, and say \"fixed " + owner + "\" when it's done; after two good experiences"
                + " is the time to ask again.";
    }

    private static Reply coaching(Ask ask, Contact person, boolean praise, Conversation conversation) {
        String name = person.name().display();
        String first = person.name().firstName();
        String note = ask.note().map(n -> " (" + n + ")").orElse("");
        SuggestedAction gotOne = SuggestedAction.template("Got a referral", name + " referred ");
        switch (ask.outcome()) {
            case ASKED:
                return Reply.of("Saved: you asked " + name + " for a referral" + note + "."
                        + (praise ? " Nice work." : "") + "\n"
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
