package com.referralcoach.discord;

import com.referralcoach.core.inbox.FirstResponses;
import com.referralcoach.core.reply.Reply;
import java.time.Clock;
import java.util.Comparator;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.TimeUtil;

/**
 * Answers a command or form privately within Discord's 3 seconds. When the bot is idle, in one call if the engine
 * is done by the deadline, else a private "thinking" is sent at the deadline (deferReply) and the answer edited in
 * when it comes (editOriginal), however long the store takes. When the answer would wait behind other work, or the
 * interaction has little time left when it reaches the bot, the "thinking" goes out at once, before any work: at a
 * deadline it would go out together with the "thinking" of every other interaction of a burst, and a burst of them
 * took JDA more than the second that was left. Either way nothing the answer says can ping.
 * <p>
 * Discord counts its 3 seconds from the interaction's creation (the time in its id), so the deadline does too: an
 * interaction that waited in JDA's event queue has less time left. It also counts from no later than the moment the
 * interaction reached the bot, in case this machine's clock runs behind Discord's. The deadline is
 * {@link #DEADLINE_MILLIS} while first responses reach Discord quickly, and earlier while they take long
 * ({@link SendLag}), so that the "thinking" keeps {@link #SEND_BUDGET_MILLIS} less the deadline to travel. The
 * waiting interactions are checked every {@link #SWEEP_MILLIS} against the deadline of the moment.
 * <p>
 * Every "thinking" is handed to JDA by one thread that does nothing else, never by JDA's event thread (which would
 * then read the next interactions later) nor by the lanes (busy with the engine). Every first response is counted
 * while on its way ({@link FirstResponses}), so that engine work and the answers it makes hold back for them.
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

    private final ScheduledExecutorService sender;
    private final DiscordRenderer renderer;
    private final FirstResponses firstResponses;
    private final Clock clock;
    private final SendLag lag = new SendLag();
    private final PriorityBlockingQueue<Waiting> waiting = new PriorityBlockingQueue<>(64,
            Comparator.comparingLong(Waiting::from));

    private Acknowledgement(ScheduledExecutorService sender, DiscordRenderer renderer, FirstResponses firstResponses,
                            Clock clock) {
        this.sender = sender;
        this.renderer = renderer;
        this.firstResponses = firstResponses;
        this.clock = clock;
    }

    /** Acknowledgements sent, and whose deadlines are watched, by {@code sender}'s one thread from now on. */
    static Acknowledgement start(ScheduledExecutorService sender, DiscordRenderer renderer,
                                 FirstResponses firstResponses, Clock clock) {
        Acknowledgement acknowledgement = new Acknowledgement(sender, renderer, firstResponses, clock);
        sender.scheduleWithFixedDelay(acknowledgement::sweep, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
        return acknowledgement;
    }

    /** How long after its creation an interaction gets its first response at the latest, with sending this slow. */
    static long deadlineMillis(long sendLagMillis) {
        return Math.max(EARLIEST_MILLIS, Math.min(DEADLINE_MILLIS, SEND_BUDGET_MILLIS - sendLagMillis));
    }

    /**
     * Starts the clock for {@code event}, whose answer waits behind other work if {@code behindWork}, handing
     * {@code work} the consumer of the engine's reply. An interaction that reaches the bot late gets
     * its "thinking" at once, and {@code work} runs only once Discord took it: when Discord refuses it (10062, the
     * member already saw "This interaction failed" and will try again), nothing is carried out unseen.
     */
    void start(IReplyCallback event, String guild, String what, boolean behindWork, Consumer<Consumer<Reply>> work) {
        AtomicBoolean acknowledged = new AtomicBoolean();
        Runnable defer = () -> {
            if (acknowledged.compareAndSet(false, true)) {
                send(event.deferReply(true), "acknowledge " + what);
            }
        };
        Consumer<Reply> answer = reply -> {
            if (acknowledged.compareAndSet(false, true)) {
                send(event.reply(renderer.message(reply, guild)).setEphemeral(true)
                        .setAllowedMentions(DiscordRenderer.NO_MENTIONS), "answer " + what);
            } else {
                event.getHook().editOriginal(renderer.edit(reply, guild))
                        .setAllowedMentions(DiscordRenderer.NO_MENTIONS)
                        .queue(null, SlashCommandListener.failed("answer " + what));
            }
        };
        long now = clock.millis();
        long from = Math.min(now, TimeUtil.getTimeCreated(event.getIdLong()).toInstant().toEpochMilli());
        if (now - from >= deadlineMillis(lag.millis()) - EARLIEST_MILLIS) {
            acknowledged.set(true);
            sender.execute(() -> deferSafely(() -> send(event.deferReply(true), "acknowledge " + what,
                    () -> work.accept(answer))));
            return;
        }
        if (behindWork) {
            sender.execute(() -> deferSafely(defer));
        } else {
            waiting.add(new Waiting(from, defer));
        }
        work.accept(answer);
    }

    /** Sends an interaction's first response, timed ({@link SendLag}) and counted until Discord took or refused it. */
    void send(RestAction<?> firstResponse, String what) {
        send(firstResponse, what, () -> { });
    }

    /**
     * As above, running {@code then} once Discord took it, or when the answer is unknown (a timeout, a server
     * error: the answer may still go out); never when Discord refused it as too late (10062, Unknown interaction).
     */
    void send(RestAction<?> firstResponse, String what, Runnable then) {
        long queued = clock.millis();
        firstResponses.onItsWay();
        try {
            firstResponse.queue(ok -> {
                firstResponses.through();
                lag.took(clock.millis() - queued);
                then.run();
            }, error -> {
                firstResponses.through();
                SlashCommandListener.failed(what).accept(error);
                if (!(error instanceof ErrorResponseException refused
                        && refused.getErrorResponse() == ErrorResponse.UNKNOWN_INTERACTION)) {
                    then.run();
                }
            });
        } catch (RuntimeException e) {
            firstResponses.through();
            throw e;
        }
    }

    /** Sends the "thinking" of every waiting interaction whose deadline has come; the answered ones just leave. */
    private void sweep() {
        long due = clock.millis() - deadlineMillis(lag.millis());
        Waiting next;
        while ((next = waiting.peek()) != null && next.from() <= due) {
            waiting.poll();
            deferSafely(next.defer());
        }
    }

    private static void deferSafely(Runnable defer) {
        try {
            defer.run();
        } catch (RuntimeException e) {
            // one interaction JDA would not take (shutting down, say) must not stop the checks of the others
            SlashCommandListener.failed("acknowledge an interaction").accept(e);
        }
    }
}
