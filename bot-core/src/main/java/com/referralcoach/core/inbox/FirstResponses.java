package com.referralcoach.core.inbox;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * First responses before answers, on every platform. Slack wants each request acked within 3 seconds and Discord
 * each interaction's first response (a reply, a "thinking", a click's acknowledgement) within 3 seconds; an answer a
 * moment later costs nothing. Yet both share the machine, and often the connection, with the engine's work. So the
 * adapters count the first responses on their way ({@link #onItsWay}, {@link #through}), and the answering work
 * waits before it starts ({@link #awaitFew}) while more than {@code usual} are on their way, or one arrived less than
 * {@code quiet} ago, at most {@code patience} a piece of work: a burst is acknowledged at the speed of the path to
 * the acknowledgement even on a small machine, and answered as soon as it eases; a steady stream is answered in its
 * gaps. Under a flood that never eases the work still moves, a piece per worker every {@code patience}.
 *
 * <p>Slack counts requests until their ack with none usual and a quiet time (requests acked together by one inbox
 * write leave the count at zero for an instant, and that instant would let all the work in). Discord counts the first
 * responses until Discord took them, with a few usual (each takes a round trip) and no quiet time.
 */
public final class FirstResponses {
    private final AtomicInteger onTheirWay = new AtomicInteger();
    private final Object fewer = new Object();
    private final int usual;
    private final long quietNanos;
    private final long patienceNanos;
    private volatile long lastOnItsWay;

    public FirstResponses(int usual, Duration quiet, Duration patience) {
        if (usual < 0 || quiet.isNegative() || patience.isNegative()) {
            throw new IllegalArgumentException("usual, quiet and patience must not be negative");
        }
        this.usual = usual;
        this.quietNanos = quiet.toNanos();
        this.patienceNanos = patience.toNanos();
        this.lastOnItsWay = System.nanoTime() - quietNanos;
    }

    /** A first response is on its way (a request came in; a reply was handed over); {@link #through} follows. */
    public void onItsWay() {
        lastOnItsWay = System.nanoTime();
        onTheirWay.incrementAndGet();
    }

    /** The first response arrived, or failed: either way it no longer waits. */
    public void through() {
        if (onTheirWay.decrementAndGet() <= usual) {
            synchronized (fewer) {
                fewer.notifyAll();
            }
        }
    }

    /**
     * Waits until no more than the usual first responses are on their way and none set off within the quiet time,
     * or the patience is spent. False when interrupted (a stop): the caller decides whether its work goes ahead.
     */
    public boolean awaitFew() {
        if (calmAt(System.nanoTime())) {
            return true; // the usual case: nothing to wait for
        }
        long deadline = System.nanoTime() + patienceNanos;
        synchronized (fewer) {
            while (true) {
                long now = System.nanoTime();
                long left = deadline - now;
                if (calmAt(now) || left <= 0) {
                    return true;
                }
                try {
                    // Too many on their way: woken by the one that brings it down. Few: the quiet time ends the wait.
                    long wait = onTheirWay.get() > usual ? left : Math.min(left, lastOnItsWay + quietNanos - now);
                    TimeUnit.NANOSECONDS.timedWait(fewer, Math.max(1, wait));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
    }

    private boolean calmAt(long now) {
        return onTheirWay.get() <= usual && now - lastOnItsWay >= quietNanos;
    }
}
