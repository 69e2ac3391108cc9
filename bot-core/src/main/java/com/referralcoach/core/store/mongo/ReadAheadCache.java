package com.referralcoach.core.store.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * What a message's read-ahead brought back ({@link MongoReadAhead}), kept for the calling thread while the message
 * is handled: each answer under the very query a repository would send, so a repository asks here first and the
 * store only when nothing is kept. Any write to a collection, through any repository, drops what was kept from it:
 * a message reads its own writes from the store.
 */
final class ReadAheadCache {
    /** Collection methods that never write; any other call to a collection drops what was kept from it. */
    private static final Set<String> READS = Set.of("find", "countDocuments", "estimatedDocumentCount", "distinct",
            "aggregate", "getNamespace", "getDocumentClass", "getCodecRegistry", "getReadPreference",
            "getWriteConcern", "getReadConcern", "withDocumentClass", "withCodecRegistry", "withReadPreference",
            "withWriteConcern", "withReadConcern", "withTimeout", "getTimeout", "listIndexes", "listSearchIndexes",
            "createIndex", "createIndexes");

    /** One query as a repository sends it: the collection, the whole filter (workspace included), sort and limit. */
    record Query(String collection, BsonDocument filter, BsonDocument sort, int limit) {
        static Query of(String collection, Bson filter, Bson sort, int limit) {
            return new Query(collection, filter.toBsonDocument(), sort == null ? new BsonDocument()
                    : sort.toBsonDocument(), limit);
        }
    }

    private final ThreadLocal<Map<Query, List<Document>>> kept = new ThreadLocal<>();

    void keep(Map<Query, List<Document>> answers) {
        kept.set(new HashMap<>(answers));
    }

    void clear() {
        kept.remove();
    }

    /**
     * The documents the query would return, in its order, if they were read ahead and nothing wrote since. The
     * query is only built when a message on this thread has read ahead.
     */
    Optional<List<Document>> answer(java.util.function.Supplier<Query> query) {
        Map<Query, List<Document>> answers = kept.get();
        return answers == null || answers.isEmpty() ? Optional.empty() : Optional.ofNullable(answers.get(query.get()));
    }

    /**
     * A document of {@code collection} with this {@code _id} that some kept answer holds. Its absence proves nothing:
     * the answers hold some documents of a collection, not all.
     */
    Optional<Document> held(String collection, Object id) {
        Map<Query, List<Document>> answers = kept.get();
        if (answers == null) {
            return Optional.empty();
        }
        return answers.entrySet().stream().filter(e -> e.getKey().collection().equals(collection))
                .flatMap(e -> e.getValue().stream()).filter(d -> id.equals(d.get(Fields.ID))).findFirst();
    }

    private void wrote(String collection) {
        Map<Query, List<Document>> answers = kept.get();
        if (answers != null) {
            answers.keySet().removeIf(query -> query.collection().equals(collection));
        }
    }

    /** {@code database}, whose collections drop what this cache keeps of them on every write. */
    MongoDatabase watch(MongoDatabase database) {
        return RecordingCollections.proxy(MongoDatabase.class, database, (method, args) -> {
            Object result = method.invoke(database, args);
            return result instanceof MongoCollection<?> collection ? watch(collection) : result;
        });
    }

    private MongoCollection<?> watch(MongoCollection<?> collection) {
        String name = collection.getNamespace().getCollectionName();
        return RecordingCollections.proxy(MongoCollection.class, collection, (method, args) -> {
            if (!READS.contains(method.getName())) {
                wrote(name);
            }
            Object result = method.invoke(collection, args);
            return result instanceof MongoCollection<?> changed ? watch(changed) : result;
        });
    }
}
