package com.referralcoach.discord;

import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.engine.BotEngine;
import com.referralcoach.core.engine.IncomingMessage;
import com.referralcoach.core.reply.Reply;
import java.util.Optional;
import java.util.function.Consumer;
import net.dv8tion.jda.api.entities.User;

/**
 * The way every Discord event reaches the engine: on the member's lane, as a message from that member in that
 * server (Discord knows no user time zones, so there is no zone hint), with the reply handed to {@code answer}.
 */
final class Conversations {
    private final BotEngine engine;
    private final Lanes lanes;

    Conversations(BotEngine engine, Lanes lanes) {
        this.engine = engine;
        this.lanes = lanes;
    }

    void say(String guild, User member, String name, String text, Consumer<Reply> answer) {
        lanes.run(member.getId(), () -> answer.accept(engine.handle(new IncomingMessage(new WorkspaceId(guild),
                new RepId(member.getId()), name, text, Optional.empty()))));
    }

    void lookUp(String member, Runnable lookup) {
        lanes.run("lookup:" + member, lookup);
    }

    BotEngine engine() {
        return engine;
    }
}
