package com.referralcoach.slack;

import com.referralcoach.core.domain.PendingMessage;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.engine.BotEngine;
import com.referralcoach.core.engine.FilledForm;
import com.referralcoach.core.engine.IncomingMessage;
import com.referralcoach.core.inbox.Inbox;
import com.referralcoach.core.reply.Reply;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where every rep's words go after Slack has been acked: the engine reads them in the rep's own workspace
 * (the Slack team) with their Slack name, profile zone and admin standing, the answer goes back where they spoke, and their
 * App Home is brought up to date.
 */
final class CoachDesk {
    private static final Logger log = LoggerFactory.getLogger(CoachDesk.class);

    private final BotEngine engine;
    private final SlackPeople people;
    private final ConversationQueue queue;
    private final Inbox inbox;
    private final SlackProgress progress;
    private final HomeRefreshes homes;

    CoachDesk(BotEngine engine, SlackPeople people, HomeRefreshes homes, ConversationQueue queue, Inbox inbox,
              SlackProgress progress) {
        this.engine = engine;
        this.progress = progress;
        this.people = people;
        this.homes = homes;
        this.queue = queue;
        this.inbox = inbox;
    }

    /**
     * Keeps a message Slack sent as an event in the inbox (before the caller acks it: Slack never sends an
     * acknowledged event again), then queues it; once answered it leaves the inbox. A retry of a message still
     * waiting is dropped. If the inbox cannot be written, the message is still answered, just not kept.
     */
    void heard(PendingMessage message, SlackOutbox outbox) {
        Inbox.Arrival arrival = inbox.arrived(message);
        if (arrival.toAnswer()) {
            answer(message, outbox, arrival == Inbox.Arrival.KEPT, false);
        }
    }

    /** Answers the messages a stop or a crash left in the inbox, oldest first, before any new one. */
    void answerWaiting(SlackOutbox outbox) {
        inbox.leftWaiting().forEach(message -> answer(message, outbox, true, true));
    }

    /** On a shared store, answers now and again what other processes left waiting (see Inbox). */
    AutoCloseable lookAgainNowAndThen(SlackOutbox outbox) {
        return inbox.lookAgainNowAndThen(() -> answerWaiting(outbox));
    }

    private void answer(PendingMessage message, SlackOutbox outbox, boolean kept, boolean late) {
        hear(message.workspace().value(), message.rep().value(), message.text(), reply -> outbox.toChannel(
                message.workspace().value(), message.channel(), message.thread(),
                late ? inbox.late(message, reply) : reply), () -> {
                    // Stopping interrupts the work; a message whose handling was cut short is answered after the
                    // restart.
                    if (kept && !Thread.currentThread().isInterrupted()) {
                        inbox.answered(message);
                    }
                });
    }

    /** Queues {@code text} from {@code user} of {@code team}; {@code answer} posts the engine's reply. */
    void hear(String team, String user, String text, Function<Reply, CompletableFuture<Void>> answer) {
        hear(team, user, text, answer, () -> { });
    }

    /**
     * Queues a form whose fields already make a typed command: {@code what} names it for the engine ("the meeting
     * form"), {@code form} is read at the rep's local time and carried out without the parser.
     */
    void act(String team, String user, String what, FilledForm form,
             Function<Reply, CompletableFuture<Void>> answer) {
        work(team, user, message -> engine.handle(message, form), what, answer, () -> { });
    }

    /**
     * Queues a file the rep shared ({@code fileId}, named {@code name}) for the engine's import preview, after
     * anything they said before it.
     */
    void importShared(String team, String user, String fileId, String name,
                      Function<Reply, CompletableFuture<Void>> answer) {
        work(team, user, message -> engine.handle(message, FilledForm.sharedFile(fileId)), "import " + name, answer,
                () -> { });
    }

    /** As above; {@code handled} runs once the engine has handled the text, before the App Home refresh. */
    private void hear(String team, String user, String text, Function<Reply, CompletableFuture<Void>> answer,
                      Runnable handled) {
        work(team, user, engine::handle, text, answer, handled);
    }

    private void work(String team, String user, Function<IncomingMessage, Reply> handle, String text,
                      Function<Reply, CompletableFuture<Void>> answer, Runnable handled) {
        queue.submit(team + "/" + user, () -> {
            Reply reply;
            try {
                reply = handle.apply(people.said(team, user, text));
            } finally {
                progress.finished(team, user);
            }
            answer.apply(reply).whenComplete((ok, failure) -> {
                if (failure != null) {
                    log.warn("Could not answer {} in workspace {}: {}", user, team, failure.getMessage());
                }
            });
            handled.run();
            refreshHome(team, user);
        });
    }

    /** The rep's App Home changed: it is published again in its turn ({@link HomeRefreshes}). */
    void refreshHome(String team, String user) {
        homes.changed(team, user);
    }

    /** The rep opened the Home tab: theirs is published before those of reps who only chatted. */
    void homeOpened(String team, String user) {
        homes.opened(team, user);
    }
}
