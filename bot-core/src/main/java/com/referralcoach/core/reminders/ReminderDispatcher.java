package com.referralcoach.core.reminders;

import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.ReminderId;
import com.referralcoach.core.port.ChatPlatform;
import com.referralcoach.core.port.DeliveryFailure;
import com.referralcoach.core.port.ReminderQueue;
import com.referralcoach.core.reply.Reply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers due reminders: claim a batch (a lease, so no other process takes them), work out what each says,
 * send them all, wait for the platform, then mark them sent, or retry later, or give up after the last try. The
 * asks of one meeting with several people (a rep's meetings with the same start and end) due in one batch go in
 * one message, one ask per person ({@link MeetingAsk#together}), and so do their prep notes
 * ({@link MeetingPrep#together}); they are marked as that message went.
 */
public final class ReminderDispatcher {
    private static final Logger log = LoggerFactory.getLogger(ReminderDispatcher.class);
    /** How long a send may stay with the platform before it counts as failed (and is tried again). */
    static final Duration LONGEST_SEND = Duration.ofMinutes(10);

    private final ReminderQueue queue;
    private final Composer composer;
    private final ChatPlatform platform;
    private final Clock clock;
    private final DispatchSettings settings;
    private final java.util.concurrent.atomic.AtomicLong passes = new java.util.concurrent.atomic.AtomicLong();
    private volatile DispatchObserver observer = DispatchObserver.NONE;

    public ReminderDispatcher(ReminderQueue queue, Composer composer, ChatPlatform platform, Clock clock,
                              DispatchSettings settings) {
        this.queue = queue;
        this.composer = composer;
        this.platform = platform;
        this.clock = clock;
        this.settings = settings;
    }

    /** From now on, {@code observer} hears what became of each reminder claimed (for metrics). */
    public void observe(DispatchObserver observer) {
        this.observer = java.util.Objects.requireNonNull(observer, "observer");
    }

    /** Delivers everything due now, batch after batch; returns how many messages went out. */
    public int dispatchDue() {
        try {
            return drain();
        } finally {
            passes.incrementAndGet();
        }
    }

    /** How many dispatch passes have finished, for health checks and tests that wait for a pass. */
    public long completedPasses() {
        return passes.get();
    }

    private int drain() {
        int sent = 0;
        while (true) {
            Instant now = clock.instant();
            List<Reminder> batch = queue.claimDue(now, settings.owner(), settings.lease(), settings.batchSize());
            if (batch.isEmpty()) {
                return sent;
            }
            sent += deliver(batch, now);
            if (batch.size() < settings.batchSize()) {
                return sent;
            }
        }
    }

    private int deliver(List<Reminder> batch, Instant now) {
        Map<String, List<Composed>> messages = new LinkedHashMap<>();
        for (Reminder reminder : batch) {
            tell(() -> observer.due(reminder.kind()));
            compose(reminder, now).ifPresent(c -> messages.computeIfAbsent(c.together(), k -> new ArrayList<>())
                    .add(c));
        }
        List<Reminder> sending = new ArrayList<>();
        List<CompletableFuture<Void>> sends = new ArrayList<>();
        for (List<Composed> message : messages.values()) {
            Reminder first = message.get(0).reminder();
            Reply text = message.size() == 1 ? message.get(0).say().message()
                    : MeetingPart.together(message.stream().map(c -> c.say().part().orElseThrow()).toList());
            CompletableFuture<Void> send;
            try {
                send = platform.send(first.workspace(), first.rep(), text);
            } catch (RuntimeException e) {
                message.forEach(c -> failed(c.reminder(), e));
                continue;
            }
            for (Composed part : message) {
                sending.add(part.reminder());
                sends.add(send);
            }
        }
        waitFor(sends, sending);
        List<ReminderId> delivered = new ArrayList<>();
        for (int i = 0; i < sending.size(); i++) {
            Optional<Throwable> failure = failureOf(sends.get(i));
            if (failure.isEmpty()) {
                delivered.add(sending.get(i).id());
            } else {
                failed(sending.get(i), failure.get());
            }
        }
        if (!delivered.isEmpty()) {
            Instant at = clock.instant();
            queue.markSent(delivered, settings.owner(), at);
            sending.stream().filter(r -> delivered.contains(r.id())).forEach(r -> tell(() -> observer.outcome(r.kind(),
                    DispatchObserver.Outcome.SENT, Duration.between(r.dueAt(), at).isNegative() ? Duration.ZERO
                            : Duration.between(r.dueAt(), at))));
        }
        return delivered.size();
    }

    /** A reminder with what it says. */
    private record Composed(Reminder reminder, Delivery.Say say) {
        /**
         * The message it goes in: its own, or the one of the asks (or prep notes) of its meeting (the rep's, same start
         * and end).
         */
        String together() {
            return say.part().map(p -> reminder.workspace() + "\u001f" + reminder.rep() + "\u001f"
                            + p.getClass().getSimpleName() + "\u001f" + p.meeting())
                    .orElseGet(() -> "\u001e" + reminder.id());
        }
    }

    /** Composes one reminder; empty when there is nothing to send (skipped, deferred, failed). */
    private Optional<Composed> compose(Reminder reminder, Instant now) {
        try {
            Delivery delivery = composer.compose(reminder, now);
            if (delivery instanceof Delivery.Skip skip) {
                queue.markSkipped(reminder.id(), settings.owner(), skip.reason());
                tell(() -> observer.outcome(reminder.kind(), DispatchObserver.Outcome.SKIPPED, Duration.ZERO));
                return Optional.empty();
            }
            if (delivery instanceof Delivery.Defer defer) {
                queue.retryLater(reminder.id(), settings.owner(), defer.until(), "outside working hours");
                tell(() -> observer.outcome(reminder.kind(), DispatchObserver.Outcome.DEFERRED, Duration.ZERO));
                return Optional.empty();
            }
            return Optional.of(new Composed(reminder, (Delivery.Say) delivery));
        } catch (RuntimeException e) {
            failed(reminder, e);
            return Optional.empty();
        }
    }

    /**
     * Waits for every send. A send the platform still holds after {@link DispatchSettings#sendTimeout} (a rep's
     * messages paced one a second, a rate limit's pause) may still go out, so it is never retried while it may:
     * its claim is kept (the lease extended) and the wait goes on, up to {@link #LONGEST_SEND}; only a send still
     * unanswered then counts as failed.
     */
    private void waitFor(List<CompletableFuture<Void>> sends, List<Reminder> sending) {
        CompletableFuture<Void> all = CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new));
        long giveUpAt = System.nanoTime() + LONGEST_SEND.toNanos();
        while (true) {
            try {
                all.get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.util.concurrent.TimeoutException e) {
                if (System.nanoTime() - giveUpAt >= 0) {
                    return;
                }
                keepClaims(sending);
            } catch (Exception e) {
                return; // each send's own outcome is read afterwards
            }
        }
    }

    /**
     * Keeps the claim on the whole batch: the sends still under way, and the ones done but not marked yet (they are
     * marked together once the wait ends), which another process must not take either.
     */
    private void keepClaims(List<Reminder> sending) {
        List<ReminderId> claimed = sending.stream().map(Reminder::id).toList();
        try {
            queue.extendLease(claimed, settings.owner(), clock.instant().plus(settings.lease()));
        } catch (RuntimeException e) {
            log.warn("Could not keep the claim on {} reminder(s) still being sent: {}", claimed.size(), e.toString());
        }
    }

    private static Optional<Throwable> failureOf(CompletableFuture<Void> send) {
        if (!send.isDone()) {
            return Optional.of(DeliveryFailure.temporary("the platform did not answer in time"));
        }
        try {
            send.join();
            return Optional.empty();
        } catch (CompletionException e) {
            return Optional.of(e.getCause() == null ? e : e.getCause());
        } catch (RuntimeException e) {
            return Optional.of(e);
        }
    }

    private void failed(Reminder reminder, Throwable error) {
        int failures = reminder.attempts() + 1;
        String message = error.getClass().getSimpleName() + ": " + error.getMessage();
        DeliveryFailure platformError = error instanceof DeliveryFailure d ? d : null;
        boolean permanent = platformError != null && platformError.isPermanent();
        if (platformError != null && platformError.isWorkspaceGone()) {
            // the adapter said once that the workspace removed the bot; one line per reminder would bury it
            log.debug("Reminder {} not sent: {}", reminder.id(), message);
            queue.markFailed(reminder.id(), settings.owner(), message);
            tell(() -> observer.outcome(reminder.kind(), DispatchObserver.Outcome.FAILED, Duration.ZERO));
            return;
        }
        if (permanent || !settings.retries().allowsAnother(failures)) {
            log.warn("Giving up on reminder {} ({}) for rep {} after {} attempt(s): {}", reminder.id(),
                    reminder.kind(), reminder.rep(), failures, message);
            queue.markFailed(reminder.id(), settings.owner(), message);
            tell(() -> observer.outcome(reminder.kind(), DispatchObserver.Outcome.FAILED, Duration.ZERO));
            return;
        }
        Optional<Duration> retryAfter = platformError == null ? Optional.empty() : platformError.retryAfter();
        Instant retryAt = settings.retries().nextAttempt(clock.instant(), failures, retryAfter);
        log.info("Reminder {} not delivered (attempt {}), retrying at {}: {}", reminder.id(), failures, retryAt,
                message);
        queue.retryLater(reminder.id(), settings.owner(), retryAt, message);
        tell(() -> observer.outcome(reminder.kind(), DispatchObserver.Outcome.RETRIED, Duration.ZERO));
    }

    private static void tell(Runnable news) {
        try {
            news.run();
        } catch (RuntimeException e) {
            log.warn("The dispatcher's observer failed; the reminders go on", e);
        }
    }
}
