package com.referralcoach.discord;

import com.referralcoach.core.engine.BotEngine;
import com.referralcoach.core.engine.FilledForm;
import com.referralcoach.core.reply.Reply;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The way every Discord event reaches the engine: on the member's lane, as a message from that {@link Speaker} in
 * that server (Discord knows no user time zones, so there is no zone hint), with the reply handed to {@code answer}.
 */
final class Conversations {
    private final BotEngine engine;
    private final Lanes lanes;
    private final DiscordProgress progress;

    Conversations(BotEngine engine, Lanes lanes, DiscordProgress progress) {
        this.engine = engine;
        this.lanes = lanes;
        this.progress = progress;
    }

    void say(Speaker speaker, String text, Consumer<Reply> answer) {
        lanes.run(speaker.user().getId(), () -> answer.accept(handled(speaker,
                () -> engine.handle(speaker.saying(text)))));
    }

    /**
     * A slash command or form whose fields already make a typed command: {@code what} names it for the engine's
     * record ("/meeting"), {@code form} is read at the member's local time and carried out without the parser.
     */
    void act(Speaker speaker, String what, FilledForm form, Consumer<Reply> answer) {
        lanes.run(speaker.user().getId(), () -> answer.accept(handled(speaker,
                () -> engine.handle(speaker.saying(what), form))));
    }

    /** The engine's reply; a long import it ran has told its last progress by then. */
    private Reply handled(Speaker speaker, Supplier<Reply> handle) {
        try {
            return handle.get();
        } finally {
            progress.finished(speaker.user().getId());
        }
    }

    /** Whether work is running or waiting on {@code member}'s lane, so that what they say now would wait for it. */
    boolean busy(String member) {
        return lanes.held(member) > 0;
    }

    void lookUp(String member, Runnable lookup) {
        lanes.run("lookup:" + member, lookup);
    }

    BotEngine engine() {
        return engine;
    }
}
