package com.referralcoach.app.bench;

import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.ReminderKind;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ChatPlatform;
import com.referralcoach.core.domain.ChannelRef;
import com.referralcoach.core.reminders.Composer;
import com.referralcoach.core.reminders.Delivery;
import com.referralcoach.core.reply.Attachment;
import com.referralcoach.core.reply.Reply;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * What every simulated process delivered, counted by reminder id across all of them: each reminder the composers
 * said should go out (and so was sent), each one skipped, and each channel post. Holds counts, not messages, so
 * the heap measured is the bot's and the store's. The lag of a reminder is the wall time from the moment the
 * simulated clock reached its step to its composing, right before its send.
 */
final class Deliveries implements ChatPlatform {
    private final Map<String, AtomicInteger> said = new ConcurrentHashMap<>();
    private final Map<String, Boolean> skipped = new ConcurrentHashMap<>();
    private final Map<ReminderKind, LongAdder> byKind = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> posts = new ConcurrentHashMap<>();
    private final LongAdder sends = new LongAdder();
    private final LongAdder deferred = new LongAdder();
    private final LongAdder asksSettled = new LongAdder();
    private volatile String lastSkip = "";
    private volatile String lastDefer = "";
    private final Latencies lags = new Latencies();
    private volatile long stepStartedNanos = System.nanoTime();

    /** The composer of one process, counted. */
    Composer counting(Composer composer) {
        return (reminder, now) -> {
            Delivery delivery = composer.compose(reminder, now);
            record(reminder, delivery);
            return delivery;
        };
    }

    private void record(Reminder reminder, Delivery delivery) {
        String id = (reminder.kind() == ReminderKind.ASK_AFTER_MEETING ? "ask " : "")
                + reminder.workspace().value() + "/" + reminder.id().value();
        if (delivery instanceof Delivery.Say) {
            if (said.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet() == 1) {
                byKind.computeIfAbsent(reminder.kind(), k -> new LongAdder()).increment();
                if (reminder.kind() == ReminderKind.ASK_AFTER_MEETING && !skipped.containsKey(id)) {
                    asksSettled.increment();
                }
            }
            lags.add(System.nanoTime() - stepStartedNanos);
        } else if (delivery instanceof Delivery.Skip skip) {
            if (skipped.put(id, Boolean.TRUE) == null && reminder.kind() == ReminderKind.ASK_AFTER_MEETING
                    && !said.containsKey(id)) {
                asksSettled.increment();
            }
            lastSkip = skip.reason();
        } else if (delivery instanceof Delivery.Defer defer) {
            deferred.increment();
            lastDefer = reminder.kind() + " until " + defer.until();
        }
    }

    /** The simulated clock has just moved on to a new step. */
    void stepStarted() {
        stepStartedNanos = System.nanoTime();
    }

    long asksSettled() {
        return asksSettled.sum();
    }

    long sentTwice() {
        return said.values().stream().mapToInt(AtomicInteger::get).filter(n -> n > 1).mapToLong(n -> n - 1L).sum();
    }

    long skippedCount() {
        return skipped.keySet().stream().filter(id -> !said.containsKey(id)).count();
    }

    Map<ReminderKind, Long> sentByKind() {
        Map<ReminderKind, Long> counts = new EnumMap<>(ReminderKind.class);
        byKind.forEach((kind, n) -> counts.put(kind, n.sum()));
        return counts;
    }

    /** How often a reminder was put off (outside working hours), and the last skip and deferral seen. */
    String putOff() {
        return deferred.sum() + " deferrals (last: " + lastDefer + "); last skip: " + lastSkip;
    }

    long sends() {
        return sends.sum();
    }

    Latencies lags() {
        return lags;
    }

    /** Posts per channel of a workspace: one a week is right, two is a digest posted twice. */
    Map<String, AtomicInteger> posts() {
        return posts;
    }

    @Override
    public boolean serves(WorkspaceId workspace) {
        return true;
    }

    @Override
    public CompletableFuture<Void> send(WorkspaceId workspace, RepId rep, Reply message) {
        sends.increment();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> publish(WorkspaceId workspace, ChannelRef channel, Reply message,
                                           List<Attachment> attachments) {
        posts.computeIfAbsent(workspace.value() + "/" + channel.id(), k -> new AtomicInteger()).incrementAndGet();
        return CompletableFuture.completedFuture(null);
    }
}
