package com.referralcoach.discord;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * First responses before answers. An interaction fails unless its first response (a reply, a "thinking", a click's
 * acknowledgement) reaches Discord within 3 seconds; an answer edited in a moment later costs nothing. Yet both go
 * out through the same JDA requester and share the same two cores with the engine, so a burst of answers and engine
 * work slows the first responses behind it. So the count of first responses on their way is kept here, and engine
 * work waits before it starts while more than {@code usual} are on their way (a few always are: each takes a round
 * trip to Discord), at most {@code patience} a piece of work: a burst is acknowledged at the speed of JDA alone,
 * and answered as soon as its acknowledgements are through. Under a flood that never eases the work still moves,
 * one piece per lane every {@code patience}. (The Slack adapter's {@code AckFirst} keeps the same rule for the
 * requests Slack waits on.)
 */
final class FirstResponses {
    private final AtomicInteger onTheirWay = new AtomicInteger();
    private final Object fewer = new Object();
    private final int usual;
    private final long patienceNanos;

    FirstResponses(int usual, Duration patience) {
        this.usual = usual;
        this.patienceNanos = patience.toNanos();
    }

    /** A first response was handed to JDA; {@link #through} follows once Discord took or refused it. */
    void sending() {
        onTheirWay.incrementAndGet();
    }

    void through() {
        if (onTheirWay.decrementAndGet() <= usual) {
            synchronized (fewer) {
                fewer.notifyAll();
            }
        }
    }

    /** Waits until no more than the usual first responses are on their way, or the patience is spent. */
    void awaitFew() {
        if (onTheirWay.get() <= usual) {
            return; // the usual case: nothing to wait for
        }
        long deadline = System.nanoTime() + patienceNanos;
        synchronized (fewer) {
            long left;
            while (onTheirWay.get() > usual && (left = deadline - System.nanoTime()) > 0) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(fewer, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // the work goes ahead rather than be lost
                    return;
                }
            }
        }
    }
}
