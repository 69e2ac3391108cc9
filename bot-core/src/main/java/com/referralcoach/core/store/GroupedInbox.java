package com.referralcoach.core.store;

import com.referralcoach.core.ReferralCoachException;
import com.referralcoach.core.domain.PendingMessage;
import com.referralcoach.core.port.MessageInbox;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link MessageInbox} whose {@link #keep} calls from many threads share writes: one writer takes every
 * message waiting to be kept, keeps them all in one durable write, then wakes their callers, while the next ones
 * gather (group commit). A caller still returns only once its message is durable; under load a write serves many
 * callers instead of each waiting its turn for a commit of its own.
 */
public final class GroupedInbox implements MessageInbox, AutoCloseable {
    /** The most messages one write keeps. */
    static final int MOST = 256;

    private record Waiting(PendingMessage message, CompletableFuture<Boolean> kept) {
    }

    private final MessageInbox inbox;
    private final BlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private boolean closed;

    public GroupedInbox(MessageInbox inbox, String name) {
        this.inbox = inbox;
        this.writer = new Thread(this::write, name);
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public boolean keep(PendingMessage message) {
        Waiting waiting = new Waiting(message, new CompletableFuture<>());
        synchronized (this) {
            if (closed) {
                return inbox.keep(message);
            }
            queue.add(waiting);
        }
        try {
            return waiting.kept().get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new ReferralCoachException("Could not keep a message: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReferralCoachException("Interrupted while keeping a message", e);
        }
    }

    @Override
    public List<PendingMessage> keepAll(List<PendingMessage> messages) {
        return inbox.keepAll(messages);
    }

    @Override
    public void done(PendingMessage message) {
        inbox.done(message);
    }

    @Override
    public List<PendingMessage> waiting(String platform, int limit) {
        return inbox.waiting(platform, limit);
    }

    private void write() {
        while (true) {
            Waiting first;
            try {
                first = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return; // nothing but a JVM going down interrupts this thread
            }
            if (first == null) {
                synchronized (this) {
                    if (closed && queue.isEmpty()) {
                        return;
                    }
                }
                continue;
            }
            List<Waiting> batch = new ArrayList<>();
            batch.add(first);
            queue.drainTo(batch, MOST - 1);
            keep(batch);
        }
    }

    private void keep(List<Waiting> batch) {
        try {
            Set<PendingMessage> kept = Collections.newSetFromMap(new IdentityHashMap<>());
            kept.addAll(inbox.keepAll(batch.stream().map(Waiting::message).toList()));
            batch.forEach(w -> w.kept().complete(kept.contains(w.message())));
        } catch (RuntimeException e) {
            batch.forEach(w -> w.kept().completeExceptionally(e));
        }
    }

    /** Keeps what is queued, then stops the writer (within a tenth of a second); later calls write on their own. */
    @Override
    public void close() throws InterruptedException {
        synchronized (this) {
            closed = true;
        }
        writer.join();
    }
}
