package com.referralcoach.slack;

import com.referralcoach.core.port.DeliveryFailure;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends Web API calls in Slack's pace without dropping any: calls for one channel go one at a time, each at least
 * {@code spacing} after the answer to the one before, in order; channels run side by side. A 429 pauses every lane for its Retry-After
 * and the call is tried again, up to {@code rateLimitRetries} times before it fails as rate limited.
 */
final class ChannelPacer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ChannelPacer.class);

    /** How long a stop waits for queued calls: a few per channel at Slack's pace of one a second. */
    static final Duration DRAIN = Duration.ofSeconds(10);

    private final ScheduledExecutorService timer;
    private final ExecutorService senders;
    private final long spacingNanos;
    private final int rateLimitRetries;
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();
    private volatile long pausedUntil = System.nanoTime();

    ChannelPacer(Duration spacing, int senderThreads, int rateLimitRetries) {
        this.spacingNanos = spacing.toNanos();
        this.rateLimitRetries = rateLimitRetries;
        this.timer = Executors.newSingleThreadScheduledExecutor(SlackThreads.named("slack-pacer"));
        this.senders = Executors.newFixedThreadPool(senderThreads, SlackThreads.named("slack-sender"));
    }

    /** Queues {@code call} on the lane of {@code channel}; the future fails only with a {@link DeliveryFailure}. */
    <T> CompletableFuture<T> send(String channel, Supplier<T> call) {
        return lanes.computeIfAbsent(channel, key -> new Lane()).enqueue(call);
    }

    /**
     * Sends what is still queued (the answers to messages the engine has handled and the inbox has let go of), for
     * at most {@link #DRAIN}, then stops; calls queued after that fail as temporary.
     */
    @Override
    public void close() throws InterruptedException {
        CompletableFuture<?> queued = CompletableFuture.allOf(lanes.values().stream().map(Lane::tail)
                .toArray(CompletableFuture[]::new));
        try {
            queued.get(DRAIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            log.warn("Stopping with Slack calls still queued after {} s; they are not sent", DRAIN.toSeconds());
        } catch (java.util.concurrent.ExecutionException e) {
            // a lane's tail never fails: each call's outcome is its own future's
        }
        timer.shutdownNow();
        senders.shutdown();
        if (!senders.awaitTermination(5, TimeUnit.SECONDS)) {
            senders.shutdownNow();
        }
    }

    private final class Lane {
        private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);
        private volatile long lastSent = System.nanoTime() - spacingNanos;

        synchronized CompletableFuture<?> tail() {
            return tail;
        }

        synchronized <T> CompletableFuture<T> enqueue(Supplier<T> call) {
            CompletableFuture<T> result = new CompletableFuture<>();
            tail = tail.handle((value, failure) -> null).thenCompose(ignored -> {
                attempt(call, result, 0);
                return result.handle((value, failure) -> null);
            });
            return result;
        }

        private <T> void attempt(Supplier<T> call, CompletableFuture<T> result, int rateLimited) {
            long now = System.nanoTime();
            long at = Math.max(now, Math.max(lastSent + spacingNanos, pausedUntil));
            try {
                timer.schedule(() -> senders.execute(() -> run(call, result, rateLimited)), at - now,
                        TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                result.completeExceptionally(DeliveryFailure.temporary("Slack adapter is shutting down"));
            }
        }

        /**
         * The call's answer. The next call on the lane is spaced from this answer, not from this call's start: a
         * request slower on the wire than the next one would otherwise reach Slack less than the spacing before it.
         */
        private <T> T answered(Supplier<T> call) {
            try {
                return call.get();
            } finally {
                lastSent = System.nanoTime();
            }
        }

        private <T> void run(Supplier<T> call, CompletableFuture<T> result, int rateLimited) {
            if (pausedUntil - System.nanoTime() > 0) {
                attempt(call, result, rateLimited);
                return;
            }
            lastSent = System.nanoTime();
            try {
                result.complete(answered(call));
            } catch (DeliveryFailure failure) {
                if (failure.retryAfter().isPresent() && rateLimited < rateLimitRetries) {
                    long until = System.nanoTime() + failure.retryAfter().get().toNanos();
                    pausedUntil = Math.max(pausedUntil, until);
                    log.info("Slack asked to slow down; waiting {} s", failure.retryAfter().get().toSeconds());
                    attempt(call, result, rateLimited + 1);
                } else {
                    result.completeExceptionally(failure);
                }
            } catch (RuntimeException e) {
                log.warn("A Slack call failed", e);
                result.completeExceptionally(DeliveryFailure.temporary("Slack call failed: " + e.getMessage()));
            }
        }
    }
}
