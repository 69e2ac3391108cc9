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
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.referralcoach.core.domain.PendingMessage;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.MessageInbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;

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

    private static final String TAKEN = "taken";

    /** Other processes share the store: the clock that ages waiting messages, and the age of a leftover. */
    record Shared(Clock clock, Duration leftOverAge) {
    }

    private final MongoCollection<Document> inbox;
    private final Optional<Shared> shared;

    MongoMessageInbox(MongoCollection<Document> inbox, Optional<Shared> shared) {
        this.inbox = inbox;
        this.shared = shared;
    }

    static MongoMessageInbox open(MongoDatabase database) {
        return open(database, Optional.empty());
    }

    /** {@code shared}: present when other processes share the store (see {@link MessageInbox#leftOverAge}). */
    static MongoMessageInbox open(MongoDatabase database, Optional<Shared> shared) {
        // Stores from before kept two more indexes, costing every keep and let-go.
        MongoCalls.run("drop the inbox's old indexes", () -> {
            MongoCollection<Document> inbox = database.getCollection(Collections.INBOX);
            for (Document index : inbox.listIndexes()) {
                if (OLD_INDEXES.contains(index.getString("name"))) {
                    inbox.dropIndex(index.getString("name"));
                }
            }
        });
        return new MongoMessageInbox(MongoCoachStore.collection(database, Collections.INBOX), shared);
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

    /**
     * The one read across workspaces: what a platform left waiting, each then taken by a compare-and-set on its
     * take time, so of two processes looking at once only one answers it.
     */
    @Override
    public List<PendingMessage> waiting(String platform, int limit) {
        if (shared.isEmpty()) {
            // This process alone answers from this store: everything waiting is its own stop's.
            return MongoCalls.get("read from " + Collections.INBOX, () -> inbox
                    .find(Filters.eq(Fields.PLATFORM, platform)).sort(Sorts.ascending(Fields.AT, Fields.ID))
                    .limit(limit).into(new ArrayList<>())).stream().map(MongoMessageInbox::toMessage).toList();
        }
        Instant now = shared.get().clock().instant();
        Instant lapsed = now.minus(shared.get().leftOverAge());
        Bson free = Filters.or(Filters.exists(TAKEN, false), Filters.lt(TAKEN, StoredFields.date(lapsed)));
        List<Document> found = MongoCalls.get("read from " + Collections.INBOX, () -> inbox
                .find(Filters.and(Filters.eq(Fields.PLATFORM, platform), Filters.lt(Fields.AT,
                        StoredFields.date(lapsed)), free)).sort(Sorts.ascending(Fields.AT, Fields.ID)).limit(limit)
                .into(new ArrayList<>()));
        List<PendingMessage> taken = new ArrayList<>();
        for (Document document : found) {
            Bson mine = Filters.and(Filters.eq(Fields.ID, document.get(Fields.ID)), document.containsKey(TAKEN)
                    ? Filters.eq(TAKEN, document.get(TAKEN)) : Filters.exists(TAKEN, false));
            long won = MongoCalls.get("take a message left waiting", () -> inbox.updateOne(mine,
                    Updates.set(TAKEN, StoredFields.date(now)))).getModifiedCount();
            if (won == 1) {
                taken.add(toMessage(document));
            }
        }
        return taken;
    }

    @Override
    public Optional<Duration> leftOverAge() {
        return shared.map(Shared::leftOverAge);
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
