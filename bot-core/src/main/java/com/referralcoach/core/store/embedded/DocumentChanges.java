package com.referralcoach.core.store.embedded;

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
 * The documents one write command stored or removed, as it runs on its thread: what the journal keeps of it. Each
 * change is the document's whole new state (or its removal) by {@code _id}, so replaying a frame on the H2 file as it
 * was committed gives exactly the state the command left, whatever the command was ($inc, upsert, a generated id).
 */
final class DocumentChanges {
    private static final ThreadLocal<DocumentChanges> RECORDING = new ThreadLocal<>();
    private static final String OP = "op";
    private static final String PUT = "put";
    private static final String REMOVE = "remove";

    private final ByteBuf bytes = Unpooled.buffer(512);

    private DocumentChanges() {
    }

    /** Starts recording this thread's changes; null if a recording is already under way (a nested command). */
    static DocumentChanges start() {
        if (RECORDING.get() != null) {
            return null;
        }
        DocumentChanges changes = new DocumentChanges();
        RECORDING.set(changes);
        return changes;
    }

    /** Ends the recording this thread started. */
    void stop() {
        RECORDING.remove();
    }

    boolean isEmpty() {
        return !bytes.isReadable();
    }

    byte[] array() {
        return bytes.array();
    }

    int length() {
        return bytes.writerIndex();
    }

    /** Records that {@code document} is now stored under {@code key}, if a command is recording on this thread. */
    static void put(MongoCollection<?> collection, Object key, Document document) {
        DocumentChanges changes = RECORDING.get();
        if (changes != null && kept(collection, key)) {
            changes.add(change(collection, key, PUT).append("doc", document));
        }
    }

    /** Records that the document under {@code key} is gone, if a command is recording on this thread. */
    static void remove(MongoCollection<?> collection, Object key) {
        DocumentChanges changes = RECORDING.get();
        if (changes != null && kept(collection, key)) {
            changes.add(change(collection, key, REMOVE));
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

    /** Encodes at once, on the command's thread: the library goes on changing the stored document object later. */
    private void add(Document change) {
        BsonEncoder.encodeDocument(change, bytes);
    }

    /** Replays one frame's changes, in order, on the databases {@code databases} resolves. */
    static void replay(ByteBuffer frame, Function<String, MongoDatabase> databases) {
        ByteBuf bytes = Unpooled.wrappedBuffer(frame);
        while (bytes.isReadable()) {
            Document change = BsonDecoder.decodeBson(bytes);
            MongoDatabase database = databases.apply((String) change.get("db"));
            String name = (String) change.get("coll");
            MongoCollection<?> collection = database.resolveCollection(name, false);
            boolean put = PUT.equals(change.get(OP));
            if (collection == null && !put) {
                continue;
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
}
