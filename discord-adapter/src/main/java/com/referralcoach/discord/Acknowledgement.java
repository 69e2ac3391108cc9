package com.referralcoach.discord;

import com.referralcoach.core.reply.Reply;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;

/**
 * Answers a command or form privately within Discord's 3 seconds: in one call when the engine is done within
 * {@link #DEADLINE_MILLIS}, else a private "thinking" is sent at that deadline (deferReply) and the answer edited
 * in when it comes (editOriginal), however long the store takes. Either way nothing the answer says can ping.
 */
final class Acknowledgement {
    static final long DEADLINE_MILLIS = 1_000;

    private final ScheduledExecutorService timer;
    private final DiscordRenderer renderer;

    Acknowledgement(ScheduledExecutorService timer, DiscordRenderer renderer) {
        this.timer = timer;
        this.renderer = renderer;
    }

    /** Starts the clock for {@code event}; the returned consumer delivers the engine's reply. */
    Consumer<Reply> start(IReplyCallback event, String guild, String what) {
        AtomicBoolean acknowledged = new AtomicBoolean();
        ScheduledFuture<?> deferral = timer.schedule(() -> {
            if (acknowledged.compareAndSet(false, true)) {
                event.deferReply(true).queue(null, SlashCommandListener.failed("acknowledge " + what));
            }
        }, DEADLINE_MILLIS, TimeUnit.MILLISECONDS);
        return reply -> {
            if (acknowledged.compareAndSet(false, true)) {
                deferral.cancel(false);
                event.reply(renderer.message(reply, guild)).setEphemeral(true)
                        .setAllowedMentions(DiscordRenderer.NO_MENTIONS)
                        .queue(null, SlashCommandListener.failed("answer " + what));
            } else {
                event.getHook().editOriginal(renderer.edit(reply, guild))
                        .setAllowedMentions(DiscordRenderer.NO_MENTIONS)
                        .queue(null, SlashCommandListener.failed("answer " + what));
            }
        };
    }
}
