package com.referralcoach.core.store.mongo;

import static com.mongodb.client.model.Sorts.descending;

import com.mongodb.client.MongoCollection;
import com.referralcoach.core.domain.Ask;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.AskLog;
import java.util.List;
import org.bson.Document;

/** The referral asks reps recorded, in the {@code asks} collection. */
final class MongoAskLog implements AskLog {
    private final WorkspaceCollection<Ask> asks;

    MongoAskLog(MongoCollection<Document> collection) {
        this(collection, new ReadAheadCache());
    }

    MongoAskLog(MongoCollection<Document> collection, ReadAheadCache ahead) {
        this.asks = new WorkspaceCollection<>(collection, AskMapper::toAsk, ahead);
    }

    @Override
    public void save(Ask ask) {
        asks.save(AskMapper.toDocument(ask));
    }

    @Override
    public List<Ask> ofContact(WorkspaceId workspace, RepId rep, ContactId contact) {
        return asks.find(workspace, WorkspaceCollection.ofRepAbout(rep, contact), OF_CONTACT_ORDER, 0);
    }

    @Override
    public List<Ask> latestOfContact(WorkspaceId workspace, RepId rep, ContactId contact, int most) {
        return asks.find(workspace, WorkspaceCollection.ofRepAbout(rep, contact), OF_CONTACT_ORDER, most);
    }

    /** What {@link #latestOfContact} asks the store, for the read-ahead. */
    static ReadAheadCache.Query latestOfContactQuery(WorkspaceId workspace, RepId rep, ContactId contact, int most) {
        return WorkspaceCollection.query(Collections.ASKS, workspace, WorkspaceCollection.ofRepAbout(rep, contact),
                OF_CONTACT_ORDER, most);
    }

    private static final org.bson.conversions.Bson OF_CONTACT_ORDER = descending(Fields.AT, Fields.ID);

}
