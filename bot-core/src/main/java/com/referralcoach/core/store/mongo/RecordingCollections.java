package com.referralcoach.core.store.mongo;

import com.mongodb.client.ClientSession;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.DeleteManyModel;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.UpdateManyModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The seam where every write of the store is seen: a {@link MongoDatabase} whose collections note, while a
 * {@link ChangeScope} is open on the calling thread, the state of each document just before a write touches it.
 * Reads, index builds and writes outside a scope pass straight through. The store's repositories never know.
 */
final class RecordingCollections {
    private static final Set<String> ONE = Set.of("insertOne", "replaceOne", "updateOne", "deleteOne",
            "findOneAndUpdate", "findOneAndReplace", "findOneAndDelete");
    private static final Set<String> MANY = Set.of("updateMany", "deleteMany");

    private final ThreadLocal<ChangeScope> scope = new ThreadLocal<>();
    private final Predicate<String> recorded;

    /** Records the writes to the collections {@code recorded} accepts, by collection name and {@code _id}. */
    RecordingCollections(Predicate<String> recorded) {
        this.recorded = recorded;
    }

    Optional<ChangeScope> current() {
        return Optional.ofNullable(scope.get());
    }

    void open(ChangeScope opened) {
        scope.set(opened);
    }

    void close() {
        scope.remove();
    }

    MongoDatabase watch(MongoDatabase database) {
        return proxy(MongoDatabase.class, database, (method, args) -> {
            Object result = method.invoke(database, args);
            return result instanceof MongoCollection<?> collection ? watch(collection) : result;
        });
    }

    @SuppressWarnings("unchecked")
    private MongoCollection<?> watch(MongoCollection<?> raw) {
        if (raw.getDocumentClass() != Document.class) {
            return raw;
        }
        MongoCollection<Document> collection = (MongoCollection<Document>) raw;
        return proxy(MongoCollection.class, collection, (method, args) -> {
            ChangeScope open = scope.get();
            if (open == null || args == null || args.length == 0 || args[0] instanceof ClientSession) {
                Object result = method.invoke(collection, args);
                return result instanceof MongoCollection<?> changed ? watch(changed) : result;
            }
            Object told = tellingWrite(open, collection, method, args);
            if (told != NOT_TOLD) {
                return told;
            }
            List<Document> unnamed = beforeWrite(open, collection, method.getName(), args);
            Object result = method.invoke(collection, args);
            unnamed.forEach(d -> note(open, collection, idOf(collection, d.get("_id")), null));
            return result instanceof MongoCollection<?> changed ? watch(changed) : result;
        });
    }

    private static final Object NOT_TOLD = new Object();

    /**
     * Writes whose own result tells the journal what it needs, so nothing is read for it: an
     * insert (before: none; after: the document), a replace by {@code _id} (sent as findOneAndReplace returning the
     * document before; after: the replacement), and an $inc-only update of a tally (a counter delta). Returns
     * {@link #NOT_TOLD} for every other write.
     */
    private Object tellingWrite(ChangeScope open, MongoCollection<Document> collection, Method method, Object[] args)
            throws ReflectiveOperationException {
        String name = method.getName();
        String collectionName = collection.getNamespace().getCollectionName();
        if (name.equals("insertOne") && args[0] instanceof Document document) {
            Object result = method.invoke(collection, args);
            noteKnown(open, collection, document, null, document);
            return result;
        }
        if (name.equals("insertMany")) {
            List<Document> documents = castList(args[0]);
            boolean ordered = !(args.length > 1 && args[1] instanceof com.mongodb.client.model.InsertManyOptions o
                    && !o.isOrdered());
            try {
                Object result = method.invoke(collection, args);
                documents.forEach(d -> noteKnown(open, collection, d, null, d));
                return result;
            } catch (java.lang.reflect.InvocationTargetException e) {
                if (e.getCause() instanceof com.mongodb.MongoBulkWriteException bulk) {
                    java.util.Set<Integer> failed = new java.util.HashSet<>();
                    bulk.getWriteErrors().forEach(error -> failed.add(error.getIndex()));
                    int firstFailed = failed.stream().mapToInt(Integer::intValue).min().orElse(documents.size());
                    for (int i = 0; i < documents.size(); i++) {
                        if (ordered ? i < firstFailed : !failed.contains(i)) {
                            noteKnown(open, collection, documents.get(i), null, documents.get(i));
                        }
                    }
                }
                throw e;
            }
        }
        if (name.equals("replaceOne") && args.length <= 3 && args[0] instanceof Bson filter
                && args[1] instanceof Document replacement && plainId(collection, filter) != null
                && (args.length == 2 || args[2] instanceof com.mongodb.client.model.ReplaceOptions)) {
            boolean upsert = args.length == 3 && ((com.mongodb.client.model.ReplaceOptions) args[2]).isUpsert();
            BsonValue id = plainId(collection, filter);
            Document before = collection.findOneAndReplace(filter, replacement,
                    new com.mongodb.client.model.FindOneAndReplaceOptions().upsert(upsert)
                            .returnDocument(com.mongodb.client.model.ReturnDocument.BEFORE));
            if (before == null && !upsert) {
                return com.mongodb.client.result.UpdateResult.acknowledged(0, 0L, null);
            }
            Document after = replacement.containsKey("_id") ? replacement : null;
            if (recorded.test(collectionName)) {
                if (after == null) {
                    open.touch(collectionName, id, before);
                } else {
                    open.touchKnown(collectionName, id, before, after);
                }
            }
            return before == null ? com.mongodb.client.result.UpdateResult.acknowledged(0, 0L, id)
                    : com.mongodb.client.result.UpdateResult.acknowledged(1, before.equals(after) ? 0L : 1L, null);
        }
        if (name.equals("updateOne") && Collections.TALLIES.equals(collectionName) && args[0] instanceof Bson filter
                && args[1] instanceof Document update && plainId(collection, filter) != null
                && update.keySet().stream().allMatch(k -> k.equals("$inc") || k.equals("$setOnInsert"))
                && update.get("$inc") instanceof Document increments) {
            Object result = method.invoke(collection, args);
            BsonValue id = plainId(collection, filter);
            if (recorded.test(collectionName)) {
                open.touchDelta(collectionName, id, increments);
            }
            return result;
        }
        return NOT_TOLD;
    }

    private void noteKnown(ChangeScope open, MongoCollection<Document> collection, Document document, Document before,
                           Document after) {
        String collectionName = collection.getNamespace().getCollectionName();
        BsonValue id = idOf(collection, document.get("_id"));
        if (recorded.test(collectionName)) {
            open.touchKnown(collectionName, id, before, after);
        }
    }

    /** The one {@code _id} a filter names as a plain value, else null. */
    private static BsonValue plainId(MongoCollection<Document> collection, Bson filter) {
        BsonDocument rendered = filter.toBsonDocument(Document.class, collection.getCodecRegistry());
        BsonValue id = rendered.get("_id");
        return id != null && !(id instanceof BsonDocument operators && operators.keySet().stream()
                .anyMatch(k -> k.startsWith("$"))) ? id : null;
    }

    /** Notes the documents the write may change; returns new documents whose id the driver is yet to assign. */
    private List<Document> beforeWrite(ChangeScope open, MongoCollection<Document> collection, String method,
                                       Object[] args) {
        List<Document> unnamed = new ArrayList<>();
        if (method.equals("insertOne")) {
            inserting(open, collection, List.of((Document) args[0]), unnamed);
        } else if (method.equals("insertMany")) {
            inserting(open, collection, castList(args[0]), unnamed);
        } else if (ONE.contains(method) || MANY.contains(method)) {
            matching(open, collection, (Bson) args[0], ONE.contains(method));
        } else if (method.equals("bulkWrite")) {
            for (Object model : (List<?>) args[0]) {
                bulk(open, collection, (WriteModel<?>) model, unnamed);
            }
        }
        return unnamed;
    }

    private void bulk(ChangeScope open, MongoCollection<Document> collection, WriteModel<?> model,
                      List<Document> unnamed) {
        if (model instanceof InsertOneModel<?> insert) {
            inserting(open, collection, List.of((Document) insert.getDocument()), unnamed);
        } else if (model instanceof UpdateOneModel<?> update) {
            matching(open, collection, update.getFilter(), true);
        } else if (model instanceof ReplaceOneModel<?> replace) {
            matching(open, collection, replace.getFilter(), true);
        } else if (model instanceof DeleteOneModel<?> delete) {
            matching(open, collection, delete.getFilter(), true);
        } else if (model instanceof UpdateManyModel<?> update) {
            matching(open, collection, update.getFilter(), false);
        } else if (model instanceof DeleteManyModel<?> delete) {
            matching(open, collection, delete.getFilter(), false);
        }
    }

    private void inserting(ChangeScope open, MongoCollection<Document> collection, List<Document> documents,
                           List<Document> unnamed) {
        List<BsonValue> ids = new ArrayList<>();
        for (Document document : documents) {
            if (document.containsKey("_id")) {
                ids.add(idOf(collection, document.get("_id")));
            } else {
                unnamed.add(document);
            }
        }
        if (!ids.isEmpty()) {
            Map<BsonValue, Document> found = new HashMap<>();
            collection.find(new BsonDocument("_id", new BsonDocument("$in", new BsonArray(ids))))
                    .forEach(d -> found.put(idOf(collection, d.get("_id")), d));
            ids.forEach(id -> note(open, collection, id, found.get(id)));
        }
    }

    /**
     * A filter naming one {@code _id} is read by that id alone (the one document the write can touch, upserts
     * included); any other filter is read as it is.
     */
    private void matching(ChangeScope open, MongoCollection<Document> collection, Bson filter, boolean one) {
        BsonDocument rendered = filter.toBsonDocument(Document.class, collection.getCodecRegistry());
        BsonValue id = rendered.get("_id");
        if (id != null && !(id instanceof BsonDocument operators && operators.keySet().stream()
                .anyMatch(k -> k.startsWith("$")))) {
            if (recorded.test(collection.getNamespace().getCollectionName())) {
                note(open, collection, id, collection.find(new BsonDocument("_id", id)).first());
            }
            return;
        }
        FindIterable<Document> found = collection.find(filter);
        (one ? found.limit(1) : found).forEach(d -> note(open, collection, idOf(collection, d.get("_id")), d));
    }

    private void note(ChangeScope open, MongoCollection<Document> collection, BsonValue id, Document before) {
        String name = collection.getNamespace().getCollectionName();
        if (recorded.test(name)) {
            open.touch(name, id, before);
        }
    }

    static BsonValue idOf(MongoCollection<Document> collection, Object id) {
        return new Document("_id", id).toBsonDocument(Document.class, collection.getCodecRegistry()).get("_id");
    }

    @SuppressWarnings("unchecked")
    private static List<Document> castList(Object list) {
        return (List<Document>) list;
    }

    interface Call {
        Object invoke(Method method, Object[] args) throws ReflectiveOperationException;
    }

    static <T> T proxy(Class<T> type, Object target, Call call) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(target, args);
            }
            try {
                return call.invoke(method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }
}
