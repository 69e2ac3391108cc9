package com.referralcoach.core.store.mongo;

import static com.mongodb.client.model.Sorts.ascending;
import static com.mongodb.client.model.Sorts.descending;
import static com.mongodb.client.model.Sorts.orderBy;

import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.ReminderStatus;
import com.referralcoach.core.domain.WorkspaceId;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * A rep's reminders as the rep sees them. Real MongoDB answers these from the {ws, rep, status, dueAt} and
 * {ws, rep, sentAt} indexes; the embedded server scans the collection (it ignores non-unique indexes).
 */
final class ReminderViews {
    private static final List<String> TO_COME = List.of(ReminderStatus.PENDING.name(),
            ReminderStatus.CLAIMED.name(), ReminderStatus.FAILED.name());

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

    Optional<Reminder> lastSent(WorkspaceId workspace, RepId rep) {
        Document filter = ofRep(workspace, rep).append(Fields.STATUS, ReminderStatus.SENT.name());
        return documents.find(filter, orderBy(descending(Fields.SENT_AT), ascending(Fields.ID)), 1).stream()
                .findFirst().map(ReminderMapper::toReminder);
    }

    private static Document ofRep(WorkspaceId workspace, RepId rep) {
        return new Document(Fields.WS, workspace.value()).append(Fields.REP, rep.value());
    }
}
