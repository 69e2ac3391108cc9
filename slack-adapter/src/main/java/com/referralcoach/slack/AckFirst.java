package com.referralcoach.slack;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Acks before answers. Slack wants every request acked within 3 seconds, retries the late ones and turns off an
 * app's events when too many are late; an answer a moment later costs nothing. So while requests are on their way
 * to their ack (HTTP mode counts them), the answering work holds off starting its next message until they are
 * through, at most {@code patience} per message: a burst is acked at the speed of the path to the ack even on a
 * small machine, and answered as soon as it eases. Under a flood that never eases the work still moves, a message
 * per worker every {@code patience}.
 */
final class AckFirst {
    private final AtomicInteger arriving = new AtomicInteger();
    private final Object lull = new Object();
    private final long patienceNanos;

    AckFirst(Duration patience) {
        this.patienceNanos = patience.toNanos();
    }

    /** A request from Slack came in; {@link #acked} follows once it is answered. */
    void arriving() {
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
     * Waits until no request is on its way to its ack, or the patience is spent. False when interrupted (a stop):
     * the caller should then leave its message for the next start.
     */
    boolean awaitLull() {
        if (arriving.get() == 0) {
            return true;
        }
        long deadline = System.nanoTime() + patienceNanos;
        synchronized (lull) {
            long left;
            while (arriving.get() > 0 && (left = deadline - System.nanoTime()) > 0) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(lull, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }
}
