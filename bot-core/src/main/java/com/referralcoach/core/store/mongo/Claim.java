package com.referralcoach.core.store.mongo;

import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.unset;

import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.ReminderStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Claiming reminders for one owner, and releasing them when done. A claim is a compare-and-set of every
 * candidate in one write command: of two dispatchers that read the same version only one wins each reminder.
 */
final class Claim {
    private final ReminderDocuments documents;
    private final LeaseCache leases;
    private final HeldClaims held;
    private final String owner;
    private final Instant leaseUntil;

    Claim(ReminderDocuments documents, LeaseCache leases, HeldClaims held, String owner, Instant leaseUntil) {
        this.documents = documents;
        this.leases = leases;
        this.held = held;
        this.owner = owner;
        this.leaseUntil = leaseUntil;
    }

    /** The candidates this owner won, as claimed reminders, in the candidates' order. */
    List<Reminder> claim(List<Document> candidates) {
        Set<String> won = documents.compareAndSet(candidates, d -> combine(
                set(Fields.STATUS, ReminderStatus.CLAIMED.name()), set(Fields.OWNER, owner),
                set(Fields.LEASE_UNTIL, StoredFields.date(leaseUntil))));
        List<Reminder> claimed = new ArrayList<>();
        for (Document candidate : candidates) {
            String id = ReminderMapper.id(candidate);
            leases.remember(id, leaseUntil);
            if (won.contains(id)) {
                held.won(candidate, owner);
                Document mine = new Document(candidate).append(Fields.STATUS, ReminderStatus.CLAIMED.name());
                claimed.add(ReminderMapper.toReminder(mine));
            }
        }
        return claimed;
    }

    /** No owner, no lease. */
    static Bson unclaimed() {
        return combine(unset(Fields.OWNER), unset(Fields.LEASE_UNTIL));
    }

    /**
     * Applies {@code change} (to a finished status) and drops the claim; then removes the pointers of the
     * reminders it changed, never of one it did not. The number changed.
     */
    static int release(ReminderDocuments documents, ReminderSlots slots, Collection<Document> current,
                       Bson change) {
        Set<String> changed = documents.compareAndSet(current, d -> combine(change, unclaimed()));
        Map<Long, List<String>> pointers = new LinkedHashMap<>();
        current.stream().filter(d -> changed.contains(ReminderMapper.id(d))).forEach(d -> pointers
                .computeIfAbsent(ReminderMapper.slot(d), k -> new ArrayList<>()).add(ReminderMapper.id(d)));
        slots.remove(pointers);
        return changed.size();
    }
}
