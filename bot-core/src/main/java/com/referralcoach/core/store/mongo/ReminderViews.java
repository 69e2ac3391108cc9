package com.referralcoach.core.store.mongo;

import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Sorts.descending;
import static com.mongodb.client.model.Sorts.orderBy;

import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.ReferralId;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.ReminderKind;
import com.referralcoach.core.domain.ReminderStatus;
import com.referralcoach.core.domain.WorkspaceId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;

/**
 * A rep's reminders as the rep sees them. Real MongoDB answers these from the {ws, rep, status, dueAt} and
 * {ws, rep, sentAt} indexes; the embedded server from its equality index on the same keys' first three.
 */
final class ReminderViews {
    private static final List<String> TO_COME = List.of(ReminderStatus.PENDING.name(),
            ReminderStatus.CLAIMED.name(), ReminderStatus.FAILED.name());

    /** More than a referral ever has waiting: a handful of nudges, thank-yous and updates. */
    private static final int PENDING_PER_REFERRAL = 100;

    private final ReminderDocuments documents;

    ReminderViews(ReminderDocuments documents) {
        this.documents = documents;
    }

    List<Reminder> upcoming(WorkspaceId workspace, RepId rep, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Document filter = ofRep(workspace, rep).append(Fields.STATUS, new Document("$in", TO_COME));
        return documents.find(filter, ascending(Fields.DUE_AT, Fields.ID), limit).stream()
                .map(ReminderMapper::toReminder).toList();
    }

    /** The rep's pending reminders about {@code referral} of these kinds, as stored. */
    List<Document> pending(WorkspaceId workspace, RepId rep, ReferralId referral, Set<ReminderKind> kinds) {
        Document filter = ofRep(workspace, rep).append(Fields.STATUS, ReminderStatus.PENDING.name())
                .append(Fields.REFERRAL, referral.value())
                .append(Fields.KIND, new Document("$in", kinds.stream().map(Enum::name).toList()));
        return documents.find(filter, ascending(Fields.DUE_AT, Fields.ID), PENDING_PER_REFERRAL);
    }

    /** The rep's pending reminders of {@code kind} about {@code contact}, as stored. */
    List<Document> pending(WorkspaceId workspace, RepId rep, ContactId contact, ReminderKind kind) {
        return documents.find(pendingFilter(workspace, rep, contact, kind), ascending(Fields.DUE_AT, Fields.ID),
                PENDING_PER_REFERRAL);
    }

    /** What {@link #pending(WorkspaceId, RepId, ContactId, ReminderKind)} asks the store, for the read-ahead. */
    static ReadAheadCache.Query pendingQuery(WorkspaceId workspace, RepId rep, ContactId contact, ReminderKind kind) {
        return ReadAheadCache.Query.of(Collections.REMINDERS, pendingFilter(workspace, rep, contact, kind),
                ascending(Fields.DUE_AT, Fields.ID), PENDING_PER_REFERRAL);
    }

    private static Document pendingFilter(WorkspaceId workspace, RepId rep, ContactId contact, ReminderKind kind) {
        return ofRep(workspace, rep).append(Fields.STATUS, ReminderStatus.PENDING.name())
                .append(Fields.CONTACT, contact.value()).append(Fields.KIND, kind.name());
    }

    Optional<Reminder> lastSent(WorkspaceId workspace, RepId rep) {
        Document filter = ofRep(workspace, rep).append(Fields.STATUS, ReminderStatus.SENT.name());
        return documents.find(filter, orderBy(descending(Fields.SENT_AT), ascending(Fields.ID)), 1).stream()
                .findFirst().map(ReminderMapper::toReminder);
    }

    private static Document ofRep(WorkspaceId workspace, RepId rep) {
        return new Document(Fields.WS, workspace.value()).append(Fields.REP, rep.value());
    }
}
