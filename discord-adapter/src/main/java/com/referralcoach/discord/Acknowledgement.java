package com.referralcoach.discord;

import com.referralcoach.core.reply.Reply;
import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.utils.TimeUtil;

/**
 * Answers a command or form privately within Discord's 3 seconds: in one call when the engine is done within
 * {@link #DEADLINE_MILLIS}, else a private "thinking" is sent at that deadline (deferReply) and the answer edited
 * in when it comes (editOriginal), however long the store takes. Either way nothing the answer says can ping.
 * <p>
 * Discord counts its 3 seconds from the interaction's creation (the time in its id), so the deadline does too: an
 * interaction that waited in JDA's event queue has less time left. It also falls no later than the deadline after
 * it reached the bot, in case this machine's clock runs behind Discord's. The second left over is for the
 * "thinking" to travel, and an answer that goes out in one call saves Discord and JDA a second request.
 */
final class Acknowledgement {
    static final long DEADLINE_MILLIS = 2_000;

    private final ScheduledExecutorService timer;
    private final DiscordRenderer renderer;
    private final Clock clock;

    Acknowledgement(ScheduledExecutorService timer, DiscordRenderer renderer, Clock clock) {
        this.timer = timer;
        this.renderer = renderer;
        this.clock = clock;
    }

    /** Starts the clock for {@code event}; the returned consumer delivers the engine's reply. */
    Consumer<Reply> start(IReplyCallback event, String guild, String what) {
        AtomicBoolean acknowledged = new AtomicBoolean();
        long now = clock.millis();
        long created = TimeUtil.getTimeCreated(event.getIdLong()).toInstant().toEpochMilli();
        long wait = Math.max(0, Math.min(now, created) + DEADLINE_MILLIS - now);
        ScheduledFuture<?> deferral = timer.schedule(() -> {
            if (acknowledged.compareAndSet(false, true)) {
                event.deferReply(true).queue(null, SlashCommandListener.failed("acknowledge " + what));
            }
        }, wait, TimeUnit.MILLISECONDS);
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
