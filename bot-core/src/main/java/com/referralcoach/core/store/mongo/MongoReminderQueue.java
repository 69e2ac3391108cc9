package com.referralcoach.core.store.mongo;

import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.unset;

import com.referralcoach.core.ReferralCoachException;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.ReferralId;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.ReminderId;
import com.referralcoach.core.domain.ReminderKind;
import com.referralcoach.core.domain.ReminderStatus;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ReminderQueue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The reminder queue in MongoDB: one document per reminder in {@code reminders} (the truth), found when due
 * through the pointers of {@link ReminderSlots}; nothing per reminder is held in memory. Claims and every
 * later change are compare-and-set writes on {@code {_id, v}} ({@link ReminderDocuments}).
 *
 * <p>Write order, so a crash never loses a reminder: a pointer is added before the reminder document is
 * written or moved to its slot, and removed only after the document says it is done or has moved. A crash
 * in between leaves a pointer to a missing, finished or moved reminder, which the dispatcher reads past.
 */
final class MongoReminderQueue implements ReminderQueue {
    private final ReminderDocuments documents;
    private final ReminderSlots slots;
    private final LeaseCache leases = new LeaseCache();
    private final HeldClaims held = new HeldClaims();
    private final DueReminders due;
    private final ReminderViews views;
    private final ReminderMoves moves;
    private final Clock clock;

    MongoReminderQueue(ReminderDocuments documents, ReminderSlots slots, Clock clock) {
        this.documents = documents;
        this.slots = slots;
        this.clock = clock;
        this.due = new DueReminders(slots, documents, leases);
        this.views = new ReminderViews(documents);
        this.moves = new ReminderMoves(documents, slots, clock);
    }

    /** How many reminder documents were read by id so far. */
    long documentsRead() {
        return documents.documentsRead.get();
    }

    @Override
    public void schedule(Reminder reminder) {
        String id = reminder.id().value();
        Optional<Document> existing = documents.byId(id);
        if (existing.isPresent()) {
            requireSameWorkspace(existing.get(), reminder.workspace());
            return;
        }
        long key = moves.slotFor(id, reminder.dueAt());
        slots.add(key, id);
        documents.insert(ReminderMapper.toDocument(reminder, key));
    }

    @Override
    public void scheduleAbsent(Reminder reminder) {
        String id = reminder.id().value();
        long key = moves.slotFor(id, reminder.dueAt());
        slots.add(key, id);
        if (!documents.insert(ReminderMapper.toDocument(reminder, key))) {
            documents.byId(id).ifPresent(existing -> requireSameWorkspace(existing, reminder.workspace()));
        }
    }

    /** Pointers for all first, then all documents: the same crash order as {@link #schedule}, in two commands. */
    @Override
    public void scheduleAll(Collection<Reminder> reminders) {
        Map<String, Document> existing = documents.byIds(reminders.stream().map(r -> r.id().value()).toList());
        Map<Long, List<String>> pointers = new java.util.TreeMap<>();
        List<Document> fresh = new ArrayList<>();
        for (Reminder reminder : reminders) {
            String id = reminder.id().value();
            Document known = existing.get(id);
            if (known != null) {
                requireSameWorkspace(known, reminder.workspace());
                continue;
            }
            long key = moves.slotFor(id, reminder.dueAt());
            pointers.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
            fresh.add(ReminderMapper.toDocument(reminder, key));
        }
        slots.addAll(pointers);
        documents.insertAll(fresh);
    }

    @Override
    public Optional<Reminder> find(WorkspaceId workspace, ReminderId id) {
        return documents.byId(workspace, id.value()).map(ReminderMapper::toReminder);
    }

    @Override
    public List<Reminder> claimDue(Instant now, String owner, Duration lease, int max) {
        return new Claim(documents, leases, held, owner, now.plus(lease)).claim(due.find(now, max));
    }

    @Override
    public void extendLease(Collection<ReminderId> ids, String owner, Instant until) {
        // The lease cache is left as it is: it only saves reads, and an id another owner holds must not look kept.
        documents.extendLease(ids.stream().map(ReminderId::value).toList(), owner, until);
    }

    @Override
    public void markSent(Collection<ReminderId> ids, String owner, Instant at) {
        finish(ids.stream().map(ReminderId::value).toList(), owner,
                combine(set(Fields.STATUS, ReminderStatus.SENT.name()), set(Fields.SENT_AT, StoredFields.date(at))));
    }

    @Override
    public void markSkipped(ReminderId id, String owner, String reason) {
        finish(List.of(id.value()), owner,
                combine(set(Fields.STATUS, ReminderStatus.SKIPPED.name()), set(Fields.SKIP_REASON, reason)));
    }

    @Override
    public void markFailed(ReminderId id, String owner, String error) {
        finish(List.of(id.value()), owner,
                combine(set(Fields.STATUS, ReminderStatus.FAILED.name()), set(Fields.LAST_ERROR, error)));
    }

    @Override
    public void retryLater(ReminderId id, String owner, Instant retryAt, String error) {
        documents.byId(id.value()).filter(d -> ReminderMapper.isHeldBy(d, owner)).ifPresent(d -> {
            leases.forget(List.of(id.value()));
            held.forget(List.of(id.value()));
            moves.move(d, retryAt, combine(set(Fields.ATTEMPTS, d.getInteger(Fields.ATTEMPTS, 0) + 1),
                    set(Fields.LAST_ERROR, error)));
        });
    }

    @Override
    public boolean reschedule(WorkspaceId workspace, ReminderId id, Instant dueAt) {
        return documents.byId(workspace, id.value())
                .filter(d -> ReminderMapper.status(d) != ReminderStatus.CANCELLED)
                .filter(d -> !ReminderMapper.isLeased(d, clock.instant()))
                .map(d -> moves.move(d, dueAt, unset(Fields.SENT_AT))).orElse(false);
    }

    @Override
    public boolean restore(WorkspaceId workspace, ReminderId id, Instant dueAt) {
        return documents.byId(workspace, id.value())
                .filter(d -> ReminderMapper.status(d) == ReminderStatus.CANCELLED)
                .map(d -> moves.move(d, dueAt, unset(Fields.SENT_AT))).orElse(false);
    }

    @Override
    public boolean cancel(WorkspaceId workspace, ReminderId id) {
        return documents.byId(workspace, id.value())
                .filter(d -> !ReminderMapper.status(d).isDone() && !ReminderMapper.isLeased(d, clock.instant()))
                .map(d -> finish(d, set(Fields.STATUS, ReminderStatus.CANCELLED.name()))).orElse(false);
    }

    @Override
    public int cancelPending(WorkspaceId workspace, RepId rep, ReferralId referral, Set<ReminderKind> kinds) {
        if (kinds.isEmpty()) {
            return 0;
        }
        List<Document> waiting = views.pending(workspace, rep, referral, kinds).stream()
                .filter(d -> !ReminderMapper.isLeased(d, clock.instant())).toList();
        return Claim.release(documents, slots, waiting, set(Fields.STATUS, ReminderStatus.CANCELLED.name()));
    }

    @Override
    public int cancelReplaced(WorkspaceId workspace, RepId rep, ContactId contact, ReminderKind kind,
                              ReminderId keep) {
        List<Document> replaced = views.pending(workspace, rep, contact, kind).stream()
                .filter(d -> !ReminderMapper.id(d).equals(keep.value()))
                .filter(d -> !ReminderMapper.isLeased(d, clock.instant())).toList();
        return Claim.release(documents, slots, replaced, set(Fields.STATUS, ReminderStatus.CANCELLED.name()));
    }

    @Override
    public List<Reminder> upcoming(WorkspaceId workspace, RepId rep, int limit) {
        return views.upcoming(workspace, rep, limit);
    }

    @Override
    public Optional<Reminder> lastSent(WorkspaceId workspace, RepId rep) {
        return views.lastSent(workspace, rep);
    }

    /**
     * Done for good: the document first, then its pointers, of the ones this owner still holds. Claims won
     * here are changed at the version the claim wrote, without a read; others are read first.
     */
    private void finish(List<String> ids, String owner, Bson change) {
        List<Document> current = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        ids.forEach(id -> held.heldBy(id, owner).ifPresentOrElse(current::add, () -> unknown.add(id)));
        documents.byIds(unknown).values().stream().filter(d -> ReminderMapper.isHeldBy(d, owner))
                .forEach(current::add);
        leases.forget(ids);
        held.forget(ids);
        Claim.release(documents, slots, current, change);
    }

    private boolean finish(Document current, Bson change) {
        return Claim.release(documents, slots, List.of(current), change) == 1;
    }

    private static void requireSameWorkspace(Document existing, WorkspaceId workspace) {
        if (!workspace.value().equals(existing.getString(Fields.WS))) {
            throw new ReferralCoachException("reminder id " + ReminderMapper.id(existing)
                    + " is taken in another workspace");
        }
    }
}
