package com.referralcoach.discord;

import com.referralcoach.core.reply.Reply;
import java.time.Clock;
import java.util.Comparator;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.utils.TimeUtil;

/**
 * Answers a command or form privately within Discord's 3 seconds: in one call when the engine is done by the
 * deadline, else a private "thinking" is sent at the deadline (deferReply) and the answer edited in when it comes
 * (editOriginal), however long the store takes. Either way nothing the answer says can ping.
 * <p>
 * Discord counts its 3 seconds from the interaction's creation (the time in its id), so the deadline does too: an
 * interaction that waited in JDA's event queue has less time left. It also counts from no later than the moment the
 * interaction reached the bot, in case this machine's clock runs behind Discord's. The deadline is
 * {@link #DEADLINE_MILLIS} while first responses reach Discord quickly, and earlier while they take long
 * ({@link SendLag}: a burst of answers and edits queues them in JDA), so that the "thinking" keeps
 * {@link #SEND_BUDGET_MILLIS} less the deadline to travel. The waiting interactions are checked every
 * {@link #SWEEP_MILLIS} against the deadline of the moment, so a burst that slows sending moves the deadline of the
 * interactions already waiting too. An answer that goes out in one call saves Discord and JDA a second request.
 */
final class Acknowledgement {
    /** The latest the first response waits for the engine's answer. */
    static final long DEADLINE_MILLIS = 2_000;
    /** Discord's 3 seconds less half a second for the network: by then the first response is at Discord. */
    static final long SEND_BUDGET_MILLIS = 2_500;
    /** The earliest deadline, however slow sending gets: a quick answer still goes out in one call. */
    static final long EARLIEST_MILLIS = 300;
    static final long SWEEP_MILLIS = 50;

    /** An interaction not yet answered, counted from {@code from} (its creation, or its arrival if earlier). */
    private record Waiting(long from, Runnable defer) {
    }

    private final DiscordRenderer renderer;
    private final Clock clock;
    private final SendLag lag = new SendLag();
    private final PriorityBlockingQueue<Waiting> waiting = new PriorityBlockingQueue<>(64,
            Comparator.comparingLong(Waiting::from));

    private Acknowledgement(DiscordRenderer renderer, Clock clock) {
        this.renderer = renderer;
        this.clock = clock;
    }

    /** Acknowledgements whose deadlines {@code timer} watches from now on. */
    static Acknowledgement start(ScheduledExecutorService timer, DiscordRenderer renderer, Clock clock) {
        Acknowledgement acknowledgement = new Acknowledgement(renderer, clock);
        timer.scheduleWithFixedDelay(acknowledgement::sweep, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
        return acknowledgement;
    }

    /** How long after its creation an interaction gets its first response at the latest, with sending this slow. */
    static long deadlineMillis(long sendLagMillis) {
        return Math.max(EARLIEST_MILLIS, Math.min(DEADLINE_MILLIS, SEND_BUDGET_MILLIS - sendLagMillis));
    }

    /** Starts the clock for {@code event}; the returned consumer delivers the engine's reply. */
    Consumer<Reply> start(IReplyCallback event, String guild, String what) {
        AtomicBoolean acknowledged = new AtomicBoolean();
        long created = TimeUtil.getTimeCreated(event.getIdLong()).toInstant().toEpochMilli();
        waiting.add(new Waiting(Math.min(clock.millis(), created), () -> {
            if (acknowledged.compareAndSet(false, true)) {
                long queued = clock.millis();
                event.deferReply(true).queue(ok -> lag.took(clock.millis() - queued),
                        SlashCommandListener.failed("acknowledge " + what));
            }
        }));
        return reply -> {
            if (acknowledged.compareAndSet(false, true)) {
                long queued = clock.millis();
                event.reply(renderer.message(reply, guild)).setEphemeral(true)
                        .setAllowedMentions(DiscordRenderer.NO_MENTIONS)
                        .queue(ok -> lag.took(clock.millis() - queued), SlashCommandListener.failed("answer " + what));
            } else {
                event.getHook().editOriginal(renderer.edit(reply, guild))
                        .setAllowedMentions(DiscordRenderer.NO_MENTIONS)
                        .queue(null, SlashCommandListener.failed("answer " + what));
            }
        };
    }

    /** Sends the "thinking" of every waiting interaction whose deadline has come; the answered ones just leave. */
    private void sweep() {
        long due = clock.millis() - deadlineMillis(lag.millis());
        Waiting next;
        while ((next = waiting.peek()) != null && next.from() <= due) {
            waiting.poll();
            try {
                next.defer().run();
            } catch (RuntimeException e) {
                // one interaction JDA would not take (shutting down, say) must not stop the checks of the others
                SlashCommandListener.failed("acknowledge an interaction").accept(e);
            }
        }
    }
}
