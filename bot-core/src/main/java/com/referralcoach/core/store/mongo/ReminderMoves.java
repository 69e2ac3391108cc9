package com.referralcoach.core.store.mongo;

import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import com.referralcoach.core.domain.ReminderStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;

/** Puts reminders in a slot: new ones, and ones made pending again at another time (retry, snooze). */
final class ReminderMoves {
    private final ReminderDocuments documents;
    private final ReminderSlots slots;
    private final Clock clock;

    ReminderMoves(ReminderDocuments documents, ReminderSlots slots, Clock clock) {
        this.documents = documents;
        this.slots = slots;
        this.clock = clock;
    }

    /** The slot for a reminder due at {@code dueAt}: never before the current minute, one still walked. */
    long slotFor(String id, Instant dueAt) {
        Instant now = clock.instant();
        return ReminderSlots.key(ReminderSlots.minute(dueAt.isBefore(now) ? now : dueAt), id);
    }

    /**
     * Pending again at {@code dueAt}, with {@code change} besides: the new pointer first, then the document
     * (compare-and-set on the version read), then the old pointer goes. A crash or a lost race in between
     * leaves a pointer the reminder's {@code slot} does not name, which the dispatcher reads past.
     */
    boolean move(Document current, Instant dueAt, Bson change) {
        String id = ReminderMapper.id(current);
        long from = ReminderMapper.slot(current);
        long to = slotFor(id, dueAt);
        slots.add(to, id);
        boolean moved = !documents.compareAndSet(List.of(current), d -> combine(change, Claim.unclaimed(),
                set(Fields.STATUS, ReminderStatus.PENDING.name()), set(Fields.DUE_AT, StoredFields.date(dueAt)),
                set(Fields.SLOT, to))).isEmpty();
        if (moved && from != to) {
            slots.remove(Map.of(from, List.of(id)));
        }
        return moved;
    }
}
