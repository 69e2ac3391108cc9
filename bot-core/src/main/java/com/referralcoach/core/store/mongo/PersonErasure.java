package com.referralcoach.core.store.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.PersonFootprint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * One person's erasure, or its count. In this order, so a run that stops anywhere is finished by the next: the
 * reminders (found through the meetings and referrals still there), relationship events, asks, meetings, referrals,
 * the import ledgers' lines; then whatever mentions the person by id, name or email (waiting messages, held messages,
 * open questions, button texts, undo records), found through the contact, which is deleted last.
 */
final class PersonErasure {
    private final MongoDatabase database;
    private final BookkeepingMentions bookkeeping;

    PersonErasure(MongoDatabase database) {
        this.database = database;
        this.bookkeeping = new BookkeepingMentions(database);
    }

    PersonFootprint run(WorkspaceId workspace, ContactId contact, boolean erase) {
        Document ws = new Document(Fields.WS, workspace.value());
        String id = contact.value();
        Document ofContact = new Document(ws).append(Fields.CONTACT, id);
        Document asReferrerOrLead = new Document(ws).append("$or", List.of(new Document(Fields.REFERRER, id),
                new Document(Fields.LEAD, id)));
        List<String> meetings = ids(Collections.MEETINGS, ofContact);
        List<String> referrals = ids(Collections.REFERRALS, asReferrerOrLead);
        Document reminders = new Document(ws).append("$or", List.of(new Document(Fields.CONTACT, id),
                new Document(Fields.MEETING, new Document("$in", meetings)),
                new Document(Fields.REFERRAL, new Document("$in", referrals))));
        long reminderCount = apply(Collections.REMINDERS, reminders, erase);
        long events = apply(MongoRelationshipLog.COLLECTION, ofContact, erase);
        long asks = apply(Collections.ASKS, ofContact, erase);
        long meetingCount = apply(Collections.MEETINGS, ofContact, erase);
        long referralCount = apply(Collections.REFERRALS, asReferrerOrLead, erase);
        long business = apply(Collections.BUSINESS, new Document(ws).append(Fields.CUSTOMER, id), erase);
        Optional<Document> stored = Optional.ofNullable(MongoCalls.get("read a contact",
                () -> collection(Collections.CONTACTS).find(WorkspaceCollection.byId(workspace.value(), id)).first()));
        long calendar = calendarEvents(workspace, stored.map(ContactMapper::toContact), meetings, erase);
        long ledgers = new ImportLedgerLines(collection(Collections.IMPORT_BATCHES)).apply(workspace, id, erase);
        BookkeepingMentions.Counts mentions = stored
                .map(found -> bookkeeping.apply(workspace, PersonMentions.of(ContactMapper.toContact(found)), erase))
                .orElse(BookkeepingMentions.Counts.NONE);
        if (erase) {
            MongoCalls.run("erase a contact", () -> collection(Collections.CONTACTS)
                    .deleteOne(WorkspaceCollection.byId(workspace.value(), id)));
        }
        return new PersonFootprint(meetingCount, asks, referralCount, reminderCount, events, mentions.waiting(),
                mentions.undoRecords(), ledgers, mentions.other() + business + calendar);
    }

    /**
     * The calendar occurrences naming the person (their address among the customers, or a meeting logged with them)
     * and the answers that named them for an event with no one on it; counted with the other mentions.
     */
    private long calendarEvents(WorkspaceId workspace, Optional<com.referralcoach.core.domain.Contact> contact,
                                List<String> meetings, boolean erase) {
        List<Document> naming = new ArrayList<>();
        naming.add(new Document(CalendarMapper.MEETINGS, new Document("$in", meetings)));
        contact.flatMap(com.referralcoach.core.domain.Contact::email).ifPresent(email -> naming.add(new Document(
                CalendarMapper.CUSTOMERS + "." + CalendarMapper.EMAIL, new Document("$regex",
                        "^" + java.util.regex.Pattern.quote(email.strip()) + "$").append("$options", "i"))));
        Document events = new Document(Fields.WS, workspace.value()).append("$or", naming);
        long count = apply(MongoCalendarBook.EVENTS, events, erase);
        if (contact.isPresent()) {
            count += apply(MongoCalendarBook.SETTINGS, new Document(CalendarMapper.WS, workspace.value())
                    .append("person", contact.get().name().display()), erase);
        }
        return count;
    }

    private List<String> ids(String collection, Document filter) {
        List<String> ids = new ArrayList<>();
        MongoCalls.run("read " + collection, () -> collection(collection).find(filter)
                .projection(new Document(Fields.ID, 1)).forEach(d -> ids.add(String.valueOf(d.get(Fields.ID)))));
        return ids;
    }

    private long apply(String collection, Document filter, boolean erase) {
        return MongoCalls.get((erase ? "erase from " : "count in ") + collection, () -> erase
                ? collection(collection).deleteMany(filter).getDeletedCount()
                : collection(collection).countDocuments(filter));
    }

    private MongoCollection<Document> collection(String name) {
        return MongoCoachStore.collection(database, name);
    }
}
