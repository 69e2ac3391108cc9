package com.referralcoach.core.engine;

import com.referralcoach.core.language.Command;
import com.referralcoach.core.language.ShowContact;
import com.referralcoach.core.language.Unsure;
import com.referralcoach.core.port.PendingQuestion;
import com.referralcoach.core.port.PendingQuestions;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.reply.SuggestedAction;
import java.util.List;

/**
 * A reading the parser is not sure of is never saved unasked: the rep is asked to confirm it, and the typed
 * reading waits (across restarts) for a "yes"; "Change" puts the message back for the rep to retype. A reading
 * doubted only for names typed in lower case is carried out at once when each names one person the workspace
 * knows ("thanked sarah" with one Sarah), or when it only shows something ("contact sarah").
 */
final class UnsureHandler implements CommandHandler<Unsure> {
    private final PendingQuestions questions;
    private final PeopleFinder people;
    private final CommandHandler<Command> carryOut;

    UnsureHandler(PendingQuestions questions, PeopleFinder people, CommandHandler<Command> carryOut) {
        this.questions = questions;
        this.people = people;
        this.carryOut = carryOut;
    }

    @Override
    public Reply handle(Unsure unsure, Conversation conversation) {
        if (!unsure.guessedPeople().isEmpty() && (unsure.reading() instanceof ShowContact
                || unsure.guessedPeople().stream().allMatch(ref -> people.find(conversation.workspace(), ref)
                instanceof PersonMatch.Found))) {
            return carryOut.handle(unsure.reading(), conversation);
        }
        questions.ask(new PendingQuestion(conversation.workspace(), conversation.rep().id(), unsure.reading(),
                unsure.summary(), conversation.text(), conversation.instant()));
        return new Reply("Save: " + unsure.summary() + "? Yes / Change", List.of(), List.of(
                SuggestedAction.send("Yes", "yes"), SuggestedAction.template("Change", conversation.text())));
    }
}
