package com.referralcoach.slack;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Acks before answers. Slack wants every request acked within 3 seconds, retries the late ones and turns off an
 * app's events when too many are late; an answer a moment later costs nothing. So while requests are on their way
 * to their ack (HTTP mode counts them), the answering work holds off starting its next message until they are
 * through and none has arrived for {@value #QUIET_MILLIS} ms, at most {@code patience} per message: a burst is acked
 * at the speed of the path to the ack even on a small machine, and answered as soon as it eases; a steady stream
 * is answered in its gaps. (Without the quiet time, requests acked together by one inbox write left the count at
 * zero for an instant, and that instant let all the work in.) Under a flood that never eases the work still moves,
 * a message per worker every {@code patience}.
 */
final class AckFirst {
    static final long QUIET_MILLIS = 2;
    private static final long QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(QUIET_MILLIS);

    private final AtomicInteger arriving = new AtomicInteger();
    private volatile long lastArrival = System.nanoTime() - QUIET_NANOS;
    private final Object lull = new Object();
    private final long patienceNanos;

    AckFirst(Duration patience) {
        this.patienceNanos = patience.toNanos();
    }

    /** A request from Slack came in; {@link #acked} follows once it is answered. */
    void arriving() {
        lastArrival = System.nanoTime();
        arriving.incrementAndGet();
    }

    void acked() {
        if (arriving.decrementAndGet() == 0) {
            synchronized (lull) {
                lull.notifyAll();
            }
        }
    }

    /**
     * Waits until no request is on its way to its ack and none arrived for the quiet time, or the patience is spent.
     * False when interrupted (a stop): the caller should then leave its message for the next start.
     */
    boolean awaitLull() {
        if (arriving.get() == 0 && System.nanoTime() - lastArrival >= QUIET_NANOS) {
            return true; // the usual case, and all of Socket Mode: nothing to wait for
        }
        long deadline = System.nanoTime() + patienceNanos;
        synchronized (lull) {
            while (true) {
                long now = System.nanoTime();
                long left = deadline - now;
                long stillToBeQuiet = lastArrival + QUIET_NANOS - now;
                boolean quiet = arriving.get() == 0 && stillToBeQuiet <= 0;
                if (quiet || left <= 0) {
                    return true;
                }
                try {
                    // Acks in flight: woken by the last one. None: the quiet time may already end the wait.
                    long wait = arriving.get() > 0 ? left : Math.min(left, stillToBeQuiet);
                    TimeUnit.NANOSECONDS.timedWait(lull, wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
    }
}
