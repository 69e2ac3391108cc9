package com.referralcoach.core.engine;

import com.referralcoach.core.language.Unsure;
import com.referralcoach.core.reply.Reply;

/** A reading the parser is not sure of is never saved unasked: the rep is shown what was read. */
final class UnsureHandler implements CommandHandler<Unsure> {
    @Override
    public Reply handle(Unsure unsure, Conversation conversation) {
        return Reply.of("I'm not sure I read that right: " + unsure.summary()
                + ". Nothing is saved; say it again with the details.");
    }
}
