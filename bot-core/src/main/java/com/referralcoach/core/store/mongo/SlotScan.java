package com.referralcoach.core.store.mongo;

import com.referralcoach.core.domain.ReminderStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * One walk over slot documents in key order: reads the reminders they point to in batches no bigger than
 * what is still wanted, collects the claimable ones, and tracks the first minute that still has work (a
 * pointer to a reminder pending, leased, or not readable yet), before which the watermark may move.
 */
final class SlotScan {
    private final Instant now;
    private final int max;
    private final ReminderDocuments documents;
    private final LeaseCache leases;
    private final Map<String, Document> candidates = new LinkedHashMap<>();
    private final List<Document> slotsRead = new ArrayList<>();
    private long firstUnfinished = Long.MAX_VALUE;
    private long examinedThrough = Long.MIN_VALUE;

    SlotScan(Instant now, int max, ReminderDocuments documents, LeaseCache leases) {
        this.now = now;
        this.max = max;
        this.documents = documents;
        this.leases = leases;
    }

    private record Pointer(long key, String id) {
        long minute() {
            return ReminderSlots.minuteOf(key);
        }
    }

    boolean isFull() {
        return candidates.size() >= max;
    }

    List<Document> candidates() {
        return List.copyOf(candidates.values());
    }

    List<Document> slotsRead() {
        return slotsRead;
    }

    /** The first minute that may not be passed yet. */
    long firstUnfinishedMinute() {
        return Math.min(firstUnfinished, examinedThrough == Long.MIN_VALUE ? Long.MIN_VALUE : examinedThrough + 1);
    }

    /** Examines the slots of one chunk of minutes ending at {@code lastMinute}, until enough are found. */
    void examine(List<Document> slots, long lastMinute) {
        slotsRead.addAll(slots);
        List<Pointer> toRead = new ArrayList<>();
        for (Document slot : slots) {
            long key = ReminderSlots.key(slot);
            for (String id : ReminderSlots.ids(slot)) {
                if (leases.isLeased(id, now)) {
                    unfinished(ReminderSlots.minuteOf(key));
                } else {
                    toRead.add(new Pointer(key, id));
                }
            }
        }
        int next = 0;
        while (next < toRead.size() && !isFull()) {
            int wanted = max - candidates.size();
            List<Pointer> batch = toRead.subList(next, Math.min(toRead.size(), next + wanted + wanted / 16 + 4));
            classify(batch, documents.byIds(batch.stream().map(Pointer::id).toList()));
            next += batch.size();
        }
        if (next < toRead.size()) {
            unfinished(toRead.get(next).minute());
        }
        examinedThrough = lastMinute;
    }

    private void classify(List<Pointer> batch, Map<String, Document> read) {
        for (Pointer pointer : batch) {
            Document reminder = read.get(pointer.id());
            if (reminder == null) {
                // Written first, its reminder follows: a pointer to nothing is work unless it is old.
                if (pointer.minute() >= ReminderSlots.minute(now) - DueReminders.GRACE_MINUTES) {
                    unfinished(pointer.minute());
                }
            } else if (ReminderMapper.slot(reminder) == pointer.key() && !ReminderMapper.status(reminder).isDone()) {
                unfinished(pointer.minute());
                consider(reminder);
            }
        }
    }

    private void consider(Document reminder) {
        ReminderStatus status = ReminderMapper.status(reminder);
        if (status == ReminderStatus.PENDING && !ReminderMapper.dueAt(reminder).isAfter(now)) {
            candidates.put(ReminderMapper.id(reminder), reminder);
        } else if (status == ReminderStatus.CLAIMED) {
            Instant until = ReminderMapper.leaseUntil(reminder).orElse(Instant.MIN);
            if (until.isAfter(now)) {
                leases.remember(ReminderMapper.id(reminder), until);
            } else {
                candidates.put(ReminderMapper.id(reminder), reminder);
            }
        }
    }

    private void unfinished(long minute) {
        firstUnfinished = Math.min(firstUnfinished, minute);
    }
}
