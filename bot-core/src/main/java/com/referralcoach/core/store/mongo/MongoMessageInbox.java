package com.referralcoach.core.store.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Sorts;
import com.referralcoach.core.domain.PendingMessage;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.MessageInbox;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;

/**
 * The waiting messages in {@code inbox}, one document each, its {@code _id} made of platform, workspace and the
 * platform's message id: keeping inserts it (a second insert of the same id fails, so a retry is kept once; several
 * arriving together go in one unordered insert, one commit) and done deletes it. The {@code _id} names the workspace,
 * so a delete by it alone stays in that workspace; the collection has no index but {@code _id}, since every message
 * is written twice in the path to Slack's ack and the start-up read of the few left waiting can scan.
 */
final class MongoMessageInbox implements MessageInbox {
    /** A duplicate does not stop the others of its batch from being kept. */
    private static final InsertManyOptions UNORDERED = new InsertManyOptions().ordered(false);
    private static final BulkWriteOptions UNORDERED_WRITES = new BulkWriteOptions().ordered(false);
    private static final Set<String> OLD_INDEXES = Set.of("id_ws", "platform_at");

    private final MongoCollection<Document> inbox;

    MongoMessageInbox(MongoCollection<Document> inbox) {
        this.inbox = inbox;
    }

    static MongoMessageInbox open(MongoDatabase database) {
        // Stores from before kept two more indexes, costing every keep and let-go.
        MongoCalls.run("drop the inbox's old indexes", () -> {
            MongoCollection<Document> inbox = database.getCollection(Collections.INBOX);
            for (Document index : inbox.listIndexes()) {
                if (OLD_INDEXES.contains(index.getString("name"))) {
                    inbox.dropIndex(index.getString("name"));
                }
            }
        });
        return new MongoMessageInbox(MongoCoachStore.collection(database, Collections.INBOX));
    }

    @Override
    public List<PendingMessage> keepAll(List<PendingMessage> messages) {
        if (messages.isEmpty()) {
            return List.of();
        }
        List<Document> documents = messages.stream().map(MongoMessageInbox::toDocument).toList();
        Set<Integer> refused = new HashSet<>();
        try {
            inbox.insertMany(documents, UNORDERED);
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw MongoCalls.failure("keep messages", e);
                }
                refused.add(error.getIndex());
            }
        } catch (MongoException e) {
            throw MongoCalls.failure("keep messages", e);
        }
        List<PendingMessage> kept = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            if (!refused.contains(i)) {
                kept.add(messages.get(i));
            }
        }
        return kept;
    }

    private static Document toDocument(PendingMessage message) {
        Document document = WorkspaceCollection.byId(message.workspace().value(), idOf(message))
                .append(Fields.PLATFORM, message.platform())
                .append(Fields.MESSAGE, message.id())
                .append(Fields.REP, message.rep().value())
                .append(Fields.TEXT, message.text())
                .append(Fields.CHANNEL, message.channel())
                .append(Fields.AT, StoredFields.date(message.heardAt()));
        StoredFields.putOptional(document, Fields.THREAD, message.thread());
        return document;
    }

    @Override
    public void doneAll(List<PendingMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        // One delete command of one statement per message (each scoped to its workspace), so one commit.
        List<DeleteOneModel<Document>> deletes = messages.stream().map(message -> new DeleteOneModel<Document>(
                new Document(Fields.ID, idOf(message)))).toList();
        MongoCalls.run("let go of messages", () -> inbox.bulkWrite(deletes, UNORDERED_WRITES));
    }

    /** The one read across workspaces: what a platform left waiting, at start-up. */
    @Override
    public List<PendingMessage> waiting(String platform, int limit) {
        List<Document> found = MongoCalls.get("read from " + Collections.INBOX, () -> inbox
                .find(new Document(Fields.PLATFORM, platform))
                .sort(Sorts.ascending(Fields.AT, Fields.ID)).limit(limit).into(new ArrayList<>()));
        return found.stream().map(MongoMessageInbox::toMessage).toList();
    }

    private static PendingMessage toMessage(Document document) {
        return new PendingMessage(StoredFields.string(document, Fields.PLATFORM),
                new WorkspaceId(StoredFields.string(document, Fields.WS)),
                StoredFields.string(document, Fields.MESSAGE),
                new RepId(StoredFields.string(document, Fields.REP)),
                StoredFields.string(document, Fields.TEXT),
                StoredFields.string(document, Fields.CHANNEL),
                StoredFields.optionalString(document, Fields.THREAD),
                StoredFields.instant(document, Fields.AT));
    }

    /** Unique across platforms and workspaces; the parts are joined by a character none of their ids contain. */
    private static String idOf(PendingMessage message) {
        return message.platform() + '\u001f' + message.workspace().value() + '\u001f' + message.id();
    }
}
