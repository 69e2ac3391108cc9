package com.referralcoach.core.store.mongo;

import static com.referralcoach.core.store.mongo.StoredFields.date;
import static com.referralcoach.core.store.mongo.StoredFields.instant;
import static com.referralcoach.core.store.mongo.StoredFields.optionalInstant;
import static com.referralcoach.core.store.mongo.StoredFields.optionalString;
import static com.referralcoach.core.store.mongo.StoredFields.putOptional;
import static com.referralcoach.core.store.mongo.StoredFields.string;

import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.MeetingId;
import com.referralcoach.core.domain.ReferralId;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.ReminderId;
import com.referralcoach.core.domain.ReminderKind;
import com.referralcoach.core.domain.ReminderStatus;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import java.time.Instant;
import java.util.Optional;
import org.bson.Document;

/**
 * Reminder <-> document of the {@code reminders} collection. Besides the reminder's own fields the document
 * keeps the delivery bookkeeping: version {@code v}, the claim ({@code owner}, {@code leaseUntil}, {@code op})
 * and the {@code slot} key of the pointer the dispatcher finds it by.
 */
final class ReminderMapper {
    private ReminderMapper() {
    }

    static Document toDocument(Reminder reminder, long slot) {
        Document document = new Document(Fields.ID, reminder.id().value())
                .append(Fields.WS, reminder.workspace().value())
                .append(Fields.REP, reminder.rep().value())
                .append(Fields.KIND, reminder.kind().name());
        putOptional(document, Fields.CONTACT, reminder.contact().map(ContactId::value));
        putOptional(document, Fields.MEETING, reminder.meeting().map(MeetingId::value));
        putOptional(document, Fields.REFERRAL, reminder.referral().map(ReferralId::value));
        document.append(Fields.DUE_AT, date(reminder.dueAt()))
                .append(Fields.STATUS, reminder.status().name())
                .append(Fields.ATTEMPTS, reminder.attempts());
        putOptional(document, Fields.LAST_ERROR, reminder.lastError());
        document.append(Fields.CREATED_AT, date(reminder.createdAt()));
        putOptional(document, Fields.SENT_AT, reminder.sentAt().map(StoredFields::date));
        return document.append(Fields.V, 0L).append(Fields.SLOT, slot);
    }

    static Reminder toReminder(Document document) {
        return new Reminder(new WorkspaceId(string(document, Fields.WS)), new ReminderId(id(document)),
                new RepId(string(document, Fields.REP)), ReminderKind.valueOf(string(document, Fields.KIND)),
                optionalString(document, Fields.CONTACT).map(ContactId::new),
                optionalString(document, Fields.MEETING).map(MeetingId::new),
                optionalString(document, Fields.REFERRAL).map(ReferralId::new),
                dueAt(document), status(document), document.getInteger(Fields.ATTEMPTS, 0),
                optionalString(document, Fields.LAST_ERROR), instant(document, Fields.CREATED_AT),
                optionalInstant(document, Fields.SENT_AT));
    }

    static String id(Document document) {
        return string(document, Fields.ID);
    }

    static ReminderStatus status(Document document) {
        return ReminderStatus.valueOf(string(document, Fields.STATUS));
    }

    static Instant dueAt(Document document) {
        return instant(document, Fields.DUE_AT);
    }

    static Optional<Instant> leaseUntil(Document document) {
        return optionalInstant(document, Fields.LEASE_UNTIL);
    }

    static long version(Document document) {
        return document.get(Fields.V, Number.class).longValue();
    }

    static long slot(Document document) {
        return document.get(Fields.SLOT, Number.class).longValue();
    }

    /** Claimed by {@code owner}, whether or not its lease has run out (nobody else took it then). */
    static boolean isHeldBy(Document document, String owner) {
        return status(document) == ReminderStatus.CLAIMED && owner.equals(document.getString(Fields.OWNER));
    }

    /** Claimed under a lease still running at {@code now}. */
    static boolean isLeased(Document document, Instant now) {
        return status(document) == ReminderStatus.CLAIMED && leaseUntil(document).filter(now::isBefore).isPresent();
    }
}
