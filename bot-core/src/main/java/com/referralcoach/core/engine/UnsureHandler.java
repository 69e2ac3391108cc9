package com.referralcoach.core.engine;

import com.referralcoach.core.language.Unsure;
import com.referralcoach.core.port.PendingQuestion;
import com.referralcoach.core.port.PendingQuestions;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.reply.SuggestedAction;
import java.util.List;

/**
 * A reading the parser is not sure of is never saved unasked: the rep is asked to confirm it, and the typed
 * reading waits (across restarts) for a "yes"; "Change" puts the message back for the rep to retype.
 */
final class UnsureHandler implements CommandHandler<Unsure> {
    private final PendingQuestions questions;

    UnsureHandler(PendingQuestions questions) {
        this.questions = questions;
    }

    @Override
    public Reply handle(Unsure unsure, Conversation conversation) {
        questions.ask(new PendingQuestion(conversation.workspace(), conversation.rep().id(), unsure.reading(),
                unsure.summary(), conversation.text(), conversation.instant()));
        return new Reply("Save: " + unsure.summary() + "? Yes / Change", List.of(), List.of(
                SuggestedAction.send("Yes", "yes"), SuggestedAction.template("Change", conversation.text())));
    }
}
