package com.referralcoach.core.store.mongo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import org.bson.Document;

/**
 * Finds the reminders deliverable now by walking the slots from the watermark to the current minute, reading
 * only the reminder documents they point to, and moves the watermark past minutes with nothing left to do.
 * A minute is passed only once it is {@link #GRACE_MINUTES} old: writers add pointers at their own current
 * minute or later, so a writer whose clock lags the dispatcher's by less than that never adds to a passed
 * minute (and one that lags more pulls the watermark back as it writes, see {@link ReminderSlots#add}).
 */
final class DueReminders {
    static final long GRACE_MINUTES = 2;
    private static final int CHUNK_MINUTES = 60;
    private static final int MAX_CHUNKS = 24;

    private final ReminderSlots slots;
    private final ReminderDocuments documents;
    private final LeaseCache leases;

    DueReminders(ReminderSlots slots, ReminderDocuments documents, LeaseCache leases) {
        this.slots = slots;
        this.documents = documents;
        this.leases = leases;
    }

    /** Up to {@code max} claimable reminder documents, soonest due first; the caller claims them. */
    List<Document> find(Instant now, int max) {
        OptionalLong watermark = slots.watermark();
        if (watermark.isEmpty() || max <= 0) {
            return List.of();
        }
        long start = watermark.getAsLong();
        long last = ReminderSlots.minute(now);
        SlotScan scan = new SlotScan(now, max, documents, leases);
        for (long from = start; from <= last && from < start + (long) CHUNK_MINUTES * MAX_CHUNKS && !scan.isFull();
             from += CHUNK_MINUTES) {
            long to = Math.min(last, from + CHUNK_MINUTES - 1);
            scan.examine(slots.read(from, to), to);
        }
        advance(start, scan, now);
        return scan.candidates().stream().sorted(Comparator.comparing(ReminderMapper::dueAt)).limit(max).toList();
    }

    private void advance(long start, SlotScan scan, Instant now) {
        long target = Math.min(scan.firstUnfinishedMinute(), ReminderSlots.minute(now) - GRACE_MINUTES);
        if (target > start && slots.advance(start, target)) {
            List<Document> passed = new ArrayList<>();
            scan.slotsRead().stream().filter(s -> ReminderSlots.minuteOf(ReminderSlots.key(s)) < target)
                    .forEach(passed::add);
            slots.drop(passed);
        }
    }
}
