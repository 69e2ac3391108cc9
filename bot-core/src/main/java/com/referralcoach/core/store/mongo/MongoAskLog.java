package com.referralcoach.core.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
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
        this.asks = new WorkspaceCollection<>(collection, AskMapper::toAsk);
    }

    @Override
    public void save(Ask ask) {
        asks.save(AskMapper.toDocument(ask));
    }

    @Override
    public List<Ask> ofContact(WorkspaceId workspace, RepId rep, ContactId contact) {
        return asks.find(workspace, and(eq(Fields.REP, rep.value()), eq(Fields.CONTACT, contact.value())),
                descending(Fields.AT, Fields.ID), 0);
    }
}
