package com.referralcoach.core.engine;

import com.referralcoach.core.language.Command;
import com.referralcoach.core.reply.Reply;

/** Carries out one kind of command for one rep and says what happened. */
interface CommandHandler<C extends Command> {
    Reply handle(C command, Conversation conversation);
}
