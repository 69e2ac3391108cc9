package com.referralcoach.store.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.function.Function;

/**
 * What the journal keeps of a write command, as it runs on its thread: each document it stores or removes, as the
 * document's whole new state (or its removal) by {@code _id}, one journal frame per document change (a command
 * changing three documents adds three frames, so a crash can keep some of an unacknowledged command's changes: the
 * atomicity MongoDB gives a multi-document command without a transaction). Each change is added to the
 * {@link JournalFile} as it is made, inside the collection's lock, so the journal has a document's changes in the order they happened even
 * when commands on two threads change it; replaying the journal on the H2 file as it was committed gives exactly the
 * state the commands left, whatever they were ($inc, upsert, a generated id).
 */
final class DocumentChanges {
    private static final ThreadLocal<JournalFile> RECORDING = new ThreadLocal<>();
    private static final String OP = "op";
    private static final String PUT = "put";
    private static final String REMOVE = "remove";

    private DocumentChanges() {
    }

    /** Adds the changes this thread makes to {@code journal}, until {@link #stop}. */
    static void start(JournalFile journal) {
        RECORDING.set(journal);
    }

    static void stop() {
        RECORDING.remove();
    }

    /** Records that {@code document} is now stored under {@code key}, if a command is recording on this thread. */
    static void put(MongoCollection<?> collection, Object key, Document document) {
        JournalFile journal = RECORDING.get();
        if (journal != null && kept(collection, key)) {
            add(journal, change(collection, key, PUT).append("doc", document));
        }
    }

    /** Records that the document under {@code key} is gone, if a command is recording on this thread. */
    static void remove(MongoCollection<?> collection, Object key) {
        JournalFile journal = RECORDING.get();
        if (journal != null && kept(collection, key)) {
            add(journal, change(collection, key, REMOVE));
        }
    }

    /** System collections (the list of namespaces) follow from creating collections, which replay does again. */
    private static boolean kept(MongoCollection<?> collection, Object key) {
        return !(key instanceof Missing) && !collection.getCollectionName().startsWith("system.");
    }

    private static Document change(MongoCollection<?> collection, Object key, String op) {
        return new Document(OP, op).append("db", collection.getDatabaseName())
                .append("coll", collection.getCollectionName()).append("_id", key);
    }

    /** Encodes at once: the library goes on changing the stored document object later. */
    private static void add(JournalFile journal, Document change) {
        ByteBuf bytes = Unpooled.buffer(256);
        try {
            BsonEncoder.encodeDocument(change, bytes);
            journal.add(bytes.array(), bytes.writerIndex());
        } finally {
            bytes.release();
        }
    }

    /** Replays one frame's change on the databases {@code databases} resolves. */
    static void replay(ByteBuffer frame, Function<String, MongoDatabase> databases) {
        Document change = BsonDecoder.decodeBson(Unpooled.wrappedBuffer(frame));
        MongoDatabase database = databases.apply((String) change.get("db"));
        String name = (String) change.get("coll");
        MongoCollection<?> collection = database.resolveCollection(name, false);
        boolean put = PUT.equals(change.get(OP));
        if (collection == null && !put) {
            return;
        }
        if (collection == null) {
            collection = database.createCollectionOrThrowIfExists(name);
        }
        collection.deleteDocuments(new Document("_id", change.get("_id")), 1);
        if (put) {
            collection.addDocument((Document) change.get("doc"));
        }
    }
}
