package com.referralcoach.slack;

import com.referralcoach.core.inbox.FirstResponses;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work that follows an ack: each rep's messages are handled one after another, in the order Slack sent
 * them, and different reps side by side on a small pool. Each message waits for a lull in Slack's requests first
 * ({@link FirstResponses}).
 */
final class ConversationQueue implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ConversationQueue.class);

    private final ExecutorService workers;
    private final Map<String, CompletableFuture<Void>> lanes = new ConcurrentHashMap<>();
    private final FirstResponses ackFirst;

    ConversationQueue(int threads, FirstResponses ackFirst) {
        this.workers = Executors.newFixedThreadPool(threads, SlackThreads.named("slack-work"));
        this.ackFirst = ackFirst;
    }

    void submit(String rep, Runnable work) {
        lanes.compute(rep, (key, tail) -> {
            CompletableFuture<Void> before = tail == null ? CompletableFuture.completedFuture(null) : tail;
            CompletableFuture<Void> next;
            try {
                next = before.thenRunAsync(() -> runSafely(work), workers);
            } catch (RejectedExecutionException e) {
                log.warn("Slack adapter is shutting down; a message from {} waits in the inbox for the next start", rep);
                return tail;
            }
            next.whenComplete((ignored, failure) -> lanes.remove(key, next));
            return next;
        });
    }

    private void runSafely(Runnable work) {
        if (!ackFirst.awaitFew()) {
            log.info("Slack adapter is stopping before work it had not started; a DM or mention waits in the inbox for the"
                    + " next start");
            return;
        }
        try {
            work.run();
        } catch (RuntimeException e) {
            log.error("Could not finish a Slack request", e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        workers.shutdown();
        if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
            workers.shutdownNow();
        }
    }
}
