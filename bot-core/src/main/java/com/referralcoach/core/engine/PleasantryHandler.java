package com.referralcoach.core.engine;

import com.referralcoach.core.language.Pleasantry;
import com.referralcoach.core.reply.Reply;

/** "hi", "thanks!", "ok": answered in kind in one line that says nothing was saved and what to tell the bot. */
final class PleasantryHandler implements CommandHandler<Pleasantry> {
    private static final String MEETING = "\"met Jane Doe at Acme, ends 3:30pm\"";

    @Override
    public Reply handle(Pleasantry command, Conversation conversation) {
        return Reply.of(switch (command.kind()) {
            case GREETING -> "Hi! Nothing saved yet. Tell me about a meeting or a referral, like " + MEETING
                    + " — or say \"help\".";
            case THANKS -> "You're welcome! Nothing saved. After your next meeting tell me who you met, like "
                    + MEETING + ", and I'll remind you to ask for a referral.";
            case ACKNOWLEDGEMENT -> "👍 Nothing saved. When there's news, tell me, like " + MEETING
                    + " or \"Tom Lee won $12k\" — or say \"help\".";
        });
    }
}
