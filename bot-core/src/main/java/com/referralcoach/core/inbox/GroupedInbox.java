package com.referralcoach.core.inbox;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link MessageInbox} whose calls from many threads share writes: one writer takes everything waiting to be
 * written, keeps the new messages in one durable write, wakes their callers, then lets go of the answered ones in
 * one more write, while the next ones gather (group commit). A {@link #keep} caller still returns only once its
 * message is durable; a {@link #done} caller does not wait (a message let go of a moment late is at worst answered
 * again after a crash), and {@link #waiting} and {@link #close} first write every let-go already asked for.
 */
public final class GroupedInbox implements MessageInbox, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GroupedInbox.class);
    /** The most messages one write keeps or lets go of. */
    static final int MOST = 256;

    /** What the writer is asked to do. */
    private sealed interface Work {
    }

    private record Keep(PendingMessage message, CompletableFuture<Boolean> kept) implements Work {
    }

    private record LetGo(PendingMessage message) implements Work {
    }

    /** Completes once everything queued before it is written. */
    private record Mark(CompletableFuture<Void> reached) implements Work {
    }

    private final MessageInbox inbox;
    private final BlockingQueue<Work> queue = new LinkedBlockingQueue<>();
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
        Keep keep = new Keep(message, new CompletableFuture<>());
        if (!queued(keep)) {
            return inbox.keep(message);
        }
        return await(keep.kept(), "keeping a message");
    }

    @Override
    public java.util.Optional<java.time.Duration> leftOverAge() {
        return inbox.leftOverAge();
    }

    @Override
    public List<PendingMessage> keepAll(List<PendingMessage> messages) {
        return inbox.keepAll(messages);
    }

    @Override
    public void done(PendingMessage message) {
        if (!queued(new LetGo(message))) {
            inbox.done(message);
        }
    }

    @Override
    public void doneAll(List<PendingMessage> messages) {
        messages.forEach(this::done);
    }

    @Override
    public List<PendingMessage> waiting(String platform, int limit) {
        Mark mark = new Mark(new CompletableFuture<>());
        if (queued(mark)) {
            await(mark.reached(), "letting go of answered messages");
        }
        return inbox.waiting(platform, limit);
    }

    private synchronized boolean queued(Work work) {
        if (closed) {
            return false;
        }
        queue.add(work);
        return true;
    }

    private static <T> T await(CompletableFuture<T> done, String what) {
        try {
            return done.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure
                    : new ReferralCoachException("Failed " + what + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReferralCoachException("Interrupted while " + what, e);
        }
    }

    private void write() {
        while (true) {
            Work first;
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
            List<Work> batch = new ArrayList<>();
            batch.add(first);
            queue.drainTo(batch, MOST - 1);
            write(batch);
        }
    }

    /** Keeps first: a retry of a message let go of in the same batch is then refused, not answered twice. */
    private void write(List<Work> batch) {
        List<Keep> keeps = new ArrayList<>();
        List<PendingMessage> answered = new ArrayList<>();
        List<Mark> marks = new ArrayList<>();
        for (Work work : batch) {
            if (work instanceof Keep keep) {
                keeps.add(keep);
            } else if (work instanceof LetGo letGo) {
                answered.add(letGo.message());
            } else if (work instanceof Mark mark) {
                marks.add(mark);
            }
        }
        keep(keeps);
        letGo(answered);
        marks.forEach(mark -> mark.reached().complete(null));
    }

    private void keep(List<Keep> keeps) {
        if (keeps.isEmpty()) {
            return;
        }
        try {
            Set<PendingMessage> kept = Collections.newSetFromMap(new IdentityHashMap<>());
            kept.addAll(inbox.keepAll(keeps.stream().map(Keep::message).toList()));
            keeps.forEach(k -> k.kept().complete(kept.contains(k.message())));
        } catch (RuntimeException e) {
            keeps.forEach(k -> k.kept().completeExceptionally(e));
        }
    }

    private void letGo(List<PendingMessage> answered) {
        if (answered.isEmpty()) {
            return;
        }
        try {
            inbox.doneAll(answered);
        } catch (RuntimeException e) {
            log.warn("Could not take {} answered message(s) out of the inbox; they may be answered again after a "
                    + "restart: {}", answered.size(), e.getMessage());
        }
    }

    /** Writes what is queued, then stops the writer (within a tenth of a second); later calls write on their own. */
    @Override
    public void close() throws InterruptedException {
        synchronized (this) {
            closed = true;
        }
        writer.join();
    }
}
