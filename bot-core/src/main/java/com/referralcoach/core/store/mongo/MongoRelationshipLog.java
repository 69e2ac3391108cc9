package com.referralcoach.core.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Indexes.ascending;
import static com.mongodb.client.model.Indexes.compoundIndex;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.RelationshipEvent;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.RelationshipLog;
import java.util.Collection;
import java.util.List;
import org.bson.Document;

/** The relationship events reps recorded, in the {@code relationshipEvents} collection. */
final class MongoRelationshipLog implements RelationshipLog {
    static final String COLLECTION = "relationshipEvents";

    private final WorkspaceCollection<RelationshipEvent> events;

    MongoRelationshipLog(MongoCollection<Document> collection) {
        this(collection, new ReadAheadCache());
    }

    MongoRelationshipLog(MongoCollection<Document> collection, ReadAheadCache ahead) {
        this.events = new WorkspaceCollection<>(collection, RelationshipMapper::toEvent, ahead);
    }

    /** The unique {_id, ws} index the embedded server needs for saves; the others serve real MongoDB. */
    static void createIndexes(MongoDatabase database) {
        StoreIndexes.createUnique(database, COLLECTION, "id_ws", ascending(Fields.ID, Fields.WS));
        StoreIndexes.create(database, COLLECTION, "ws_rep_contact_at",
                compoundIndex(ascending(Fields.WS, Fields.REP, Fields.CONTACT),
                        Indexes.descending(Fields.AT, Fields.ID)));
        StoreIndexes.create(database, COLLECTION, "ws_rep_at",
                compoundIndex(ascending(Fields.WS, Fields.REP), Indexes.descending(Fields.AT, Fields.ID)));
    }

    @Override
    public void save(RelationshipEvent event) {
        events.save(RelationshipMapper.toDocument(event));
    }

    @Override
    public List<RelationshipEvent> ofContact(WorkspaceId workspace, RepId rep, ContactId contact) {
        return events.find(workspace, WorkspaceCollection.ofRepAbout(rep, contact), OF_CONTACT_ORDER, 0);
    }

    /** What {@link #ofContact} asks the store, for the read-ahead. */
    static ReadAheadCache.Query ofContactQuery(WorkspaceId workspace, RepId rep, ContactId contact) {
        return WorkspaceCollection.query(COLLECTION, workspace, WorkspaceCollection.ofRepAbout(rep, contact),
                OF_CONTACT_ORDER, 0);
    }

    private static final org.bson.conversions.Bson OF_CONTACT_ORDER = Sorts.descending(Fields.AT, Fields.ID);


    @Override
    public List<RelationshipEvent> ofContacts(WorkspaceId workspace, RepId rep, Collection<ContactId> contacts) {
        List<String> ids = contacts.stream().map(ContactId::value).distinct().toList();
        List<RelationshipEvent> found = new java.util.ArrayList<>();
        for (int start = 0; start < ids.size(); start += WorkspaceCollection.BATCH) {
            List<String> some = ids.subList(start, Math.min(ids.size(), start + WorkspaceCollection.BATCH));
            found.addAll(events.find(workspace, and(eq(Fields.REP, rep.value()),
                    com.mongodb.client.model.Filters.in(Fields.CONTACT, some)), Sorts.ascending(Fields.ID), 0));
        }
        return found;
    }

    @Override
    public List<RelationshipEvent> ofRep(WorkspaceId workspace, RepId rep) {
        return events.find(workspace, eq(Fields.REP, rep.value()), Sorts.descending(Fields.AT, Fields.ID), 0);
    }
}
