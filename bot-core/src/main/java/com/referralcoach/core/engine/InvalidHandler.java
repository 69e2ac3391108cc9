package com.referralcoach.core.engine;

import com.referralcoach.core.language.Invalid;
import com.referralcoach.core.reply.Reply;

/** A message understood but unusable (an impossible date, an unreadable amount): say why, nothing saved. */
final class InvalidHandler implements CommandHandler<Invalid> {
    @Override
    public Reply handle(Invalid command, Conversation conversation) {
        return Reply.of(command.reason() + " Nothing was saved. For example: " + command.example());
    }
}
