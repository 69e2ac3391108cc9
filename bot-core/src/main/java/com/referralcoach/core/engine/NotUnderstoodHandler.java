package com.referralcoach.core.engine;

import com.referralcoach.core.language.Unknown;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.reply.SuggestedAction;
import java.util.List;

/** A message the parser could not place: name the closest thing it could have meant, with an example. */
final class NotUnderstoodHandler implements CommandHandler<Unknown> {
    @Override
    public Reply handle(Unknown command, Conversation conversation) {
        if (conversation.text().isBlank()) {
            return Reply.of("Say something like \"met Jane Doe at Acme about the Q3 rollout\", or \"help\".");
        }
        return Reply.of("Sorry, I didn't get that; nothing was saved. Did you mean \"" + command.closest()
                        + "\"? For example: " + command.example())
                .withActions(List.of(SuggestedAction.send("Help", "help")));
    }
}
