package com.referralcoach.core.store.mongo;

import com.referralcoach.core.port.ContactFill;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ContactMerges;
import com.referralcoach.core.port.MergeFootprint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * Merges over the recording database, one replace by {@code _id} per moved document, so the change journal keeps each
 * (undo puts the duplicate back) and a failure partway is taken back whole. The import ledgers follow (see
 * {@link ImportLedgerLines#merge}), and the rep's pending questions that name the duplicate by id name the person kept.
 * The duplicate contact goes last.
 */
final class MongoContactMerges implements ContactMerges {
    /** Each collection and field that names a contact. */
    private static final List<String[]> POINTERS = List.of(
            new String[] {Collections.MEETINGS, Fields.CONTACT}, new String[] {Collections.ASKS, Fields.CONTACT},
            new String[] {Collections.REFERRALS, Fields.REFERRER}, new String[] {Collections.REFERRALS, Fields.LEAD},
            new String[] {Collections.REMINDERS, Fields.CONTACT},
            new String[] {MongoRelationshipLog.COLLECTION, Fields.CONTACT},
            new String[] {Collections.BUSINESS, Fields.CUSTOMER});

    private final MongoDatabase database;

    MongoContactMerges(MongoDatabase database) {
        this.database = database;
    }

    @Override
    public MergeFootprint footprint(WorkspaceId workspace, ContactId duplicate) {
        long[] counts = new long[POINTERS.size()];
        for (int i = 0; i < POINTERS.size(); i++) {
            String[] pointer = POINTERS.get(i);
            counts[i] = MongoCalls.get("count what a merge moves", () -> collection(pointer[0])
                    .countDocuments(naming(workspace, pointer[1], duplicate)));
        }
        return new MergeFootprint(counts[0], counts[1], counts[2] + counts[3], counts[4], counts[5]);
    }

    @Override
    public void merge(WorkspaceId workspace, ContactId duplicate, ContactId kept) {
        for (String[] pointer : POINTERS) {
            MongoCollection<Document> collection = collection(pointer[0]);
            List<Document> naming = MongoCalls.get("find what a merge moves", () -> collection
                    .find(naming(workspace, pointer[1], duplicate)).into(new ArrayList<>()));
            for (Document document : naming) {
                document.put(pointer[1], kept.value());
                MongoCalls.run("move a record to the person kept", () -> collection.replaceOne(
                        WorkspaceCollection.byId(workspace.value(), document.get(Fields.ID)), document));
            }
        }
        MongoContactBook contacts = new MongoContactBook(collection(Collections.CONTACTS));
        Contact from = contacts.find(workspace, duplicate).orElseThrow();
        Contact into = contacts.find(workspace, kept).orElseThrow();
        Contact learned = into.learn(into.company().isPresent() ? Optional.empty() : from.company(),
                into.email().isPresent() ? Optional.empty() : from.email(),
                into.phone().isPresent() ? Optional.empty() : from.phone());
        if (!learned.equals(into)) {
            contacts.save(learned);
        }
        new ImportLedgerLines(collection(Collections.IMPORT_BATCHES)).merge(workspace, duplicate.value(),
                kept.value(), ImportLedgerDocuments.fill(new ContactFill(kept, learned.company().filter(
                        x -> into.company().isEmpty()), learned.email().filter(x -> into.email().isEmpty()),
                        learned.phone().filter(x -> into.phone().isEmpty()), Optional.empty(), Optional.empty())),
                ImportLedgerDocuments.fill(new ContactFill(kept, into.company(), into.email(), into.phone(),
                        into.title(), into.notes())));
        QuestionIds.replace(collection(Collections.PENDING_QUESTIONS), workspace, duplicate.value(), kept.value());
        new WorkspaceCollection<>(collection(Collections.CONTACTS), d -> d).delete(workspace, from.id().value());
    }

    private static Document naming(WorkspaceId workspace, String field, ContactId contact) {
        return new Document(Fields.WS, workspace.value()).append(field, contact.value());
    }

    private MongoCollection<Document> collection(String name) {
        return MongoCoachStore.collection(database, name);
    }
}
