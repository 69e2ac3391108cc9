package com.referralcoach.core.inbox;

import com.referralcoach.core.domain.PendingMessage;
import com.referralcoach.core.port.MessageInbox;
import com.referralcoach.core.reply.LateAnswer;
import com.referralcoach.core.reply.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One platform's side of the {@link MessageInbox}: what an adapter does with a rep's message between the platform's
 * delivery and the engine's answer. A platform never sends an acknowledged message again, so:
 * <ol>
 *   <li>{@link #arrived} keeps it before the adapter acks it;</li>
 *   <li>{@link #answered} lets go of it once the engine has answered (and stored what it said it stored);</li>
 *   <li>at start-up, {@link #leftWaiting} hands back what a stop or a crash left unanswered, and {@link #late}
 *       words the answer to one of those.</li>
 * </ol>
 * A failed inbox write never costs the rep an answer: the message is answered anyway, only not kept.
 */
public final class Inbox {
    private static final Logger log = LoggerFactory.getLogger(Inbox.class);
    /** The most waiting messages answered at one start-up; more are left for the next. */
    public static final int WAITING_LIMIT = 10_000;

    /** What became of an arriving message. */
    public enum Arrival {
        /** Kept: answer it, then call {@link #answered}. */
        KEPT,
        /** The inbox could not be written: answer it all the same; nothing to let go of. */
        NOT_KEPT,
        /** The platform's retry of a message still waiting: it is answered once already, drop this one. */
        REPEAT;

        /** Whether the message gets an answer now. */
        public boolean toAnswer() {
            return this != REPEAT;
        }
    }

    private final MessageInbox store;
    private final String platform;

    /** {@code platform} names this adapter's messages in the shared store ("slack", "discord"). */
    public Inbox(MessageInbox store, String platform) {
        this.store = Objects.requireNonNull(store, "store");
        this.platform = Objects.requireNonNull(platform, "platform");
    }

    /** The platform name that every message this adapter keeps must carry. */
    public String platform() {
        return platform;
    }

    /** Keeps {@code message} durably; call it before the platform's ack. */
    public Arrival arrived(PendingMessage message) {
        checkPlatform(message);
        try {
            return store.keep(message) ? Arrival.KEPT : Arrival.REPEAT;
        } catch (RuntimeException e) {
            log.warn("Could not keep a {} message of {} in workspace {} before answering it: {}", platform,
                    message.rep(), message.workspace(), e.getMessage());
            return Arrival.NOT_KEPT;
        }
    }

    /**
     * Keeps several messages in one write and returns those to answer and let go of afterwards; empty when the
     * write failed, and {@code failed} is then told, to answer them unkept.
     */
    public List<PendingMessage> arrivedTogether(List<PendingMessage> messages, Runnable failed) {
        messages.forEach(this::checkPlatform);
        try {
            return store.keepAll(messages);
        } catch (RuntimeException e) {
            log.warn("Could not keep {} {} message(s) before answering them: {}", messages.size(), platform,
                    e.getMessage());
            failed.run();
            return List.of();
        }
    }

    /** Lets go of an answered message; if that fails it may be answered again after a restart, never lost. */
    public void answered(PendingMessage message) {
        try {
            store.done(message);
        } catch (RuntimeException e) {
            log.warn("Could not take an answered {} message of {} out of the inbox; it may be answered again after a"
                    + " restart: {}", platform, message.rep(), e.getMessage());
        }
    }

    /**
     * What a stop or a crash left unanswered, oldest first, each taken for this process to answer: at start-up,
     * before any new message, and (see {@link #lookAgainNowAndThen}) now and again on a shared store.
     */
    public List<PendingMessage> leftWaiting() {
        List<PendingMessage> waiting = store.waiting(platform, WAITING_LIMIT);
        if (!waiting.isEmpty()) {
            log.info("Answering {} {} message(s) left waiting by a stop", waiting.size(), platform);
        }
        return waiting;
    }

    /**
     * When other processes share the store, runs {@code look} (which takes and answers {@link #leftWaiting}) every
     * half {@link MessageInbox#leftOverAge}, so what a crashed process left is answered by a live one without
     * waiting for a restart; a process alone on its store answers its leftovers at start-up and needs none. Close
     * the result to stop.
     */
    public AutoCloseable lookAgainNowAndThen(Runnable look) {
        Optional<Duration> age = store.leftOverAge();
        if (age.isEmpty()) {
            return () -> { };
        }
        ScheduledExecutorService looker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, platform + "-leftovers");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(1_000, age.get().toMillis() / 2);
        looker.scheduleWithFixedDelay(() -> {
            try {
                look.run();
            } catch (RuntimeException e) {
                log.warn("Could not look for {} messages other processes left waiting; looking again later: {}",
                        platform, e.getMessage());
            }
        }, every, every, TimeUnit.MILLISECONDS);
        return looker::shutdownNow;
    }

    /** The answer to a message left waiting: it says, with an apology, which message it answers. */
    public Reply late(PendingMessage message, Reply answer) {
        return LateAnswer.of(message, answer);
    }

    private void checkPlatform(PendingMessage message) {
        if (!platform.equals(message.platform())) {
            throw new IllegalArgumentException("a " + message.platform() + " message in the " + platform + " inbox");
        }
    }
}
