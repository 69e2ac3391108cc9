package com.referralcoach.core.schedule.quartz;

import com.referralcoach.core.ReferralCoachException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a scheduler: no more firing, then a wait for the jobs under way, at most {@link #WAIT}. Quartz's own wait can
 * last forever: a job its thread pool hands to a worker that is stopping at that moment never runs, and the pool
 * waits for it (seen once in the suite, the process stuck with no worker left). Standby first, so nothing new is
 * handed over while the pool stops; the bound is for the rest.
 */
final class QuartzStop {
    private static final Logger log = LoggerFactory.getLogger(QuartzStop.class);
    /** Longer than a dispatch's sends may take; a stop that has not finished by then is left to finish alone. */
    static final Duration WAIT = Duration.ofSeconds(60);

    private QuartzStop() {
    }

    static void stop(Scheduler scheduler, String what) {
        CompletableFuture<Void> stopped = new CompletableFuture<>();
        Thread stopper = new Thread(() -> {
            try {
                scheduler.standby();
                scheduler.shutdown(true);
                stopped.complete(null);
            } catch (SchedulerException | RuntimeException e) {
                stopped.completeExceptionally(e);
            }
        }, "stop-" + what);
        stopper.setDaemon(true);
        stopper.start();
        try {
            stopped.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            log.warn("The {} did not stop within {} s; going on without waiting for it", what, WAIT.toSeconds());
        } catch (ExecutionException e) {
            throw new ReferralCoachException("could not stop the " + what, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
