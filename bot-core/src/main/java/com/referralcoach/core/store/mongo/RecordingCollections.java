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
import java.util.function.BiPredicate;
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
    private final BiPredicate<String, BsonValue> recorded;

    /** Records the writes to documents {@code recorded} accepts, by collection name and {@code _id}. */
    RecordingCollections(BiPredicate<String, BsonValue> recorded) {
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
            List<Document> unnamed = beforeWrite(open, collection, method.getName(), args);
            Object result = method.invoke(collection, args);
            unnamed.forEach(d -> note(open, collection, idOf(collection, d.get("_id")), null));
            return result instanceof MongoCollection<?> changed ? watch(changed) : result;
        });
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
            note(open, collection, id, collection.find(new BsonDocument("_id", id)).first());
            return;
        }
        FindIterable<Document> found = collection.find(filter);
        (one ? found.limit(1) : found).forEach(d -> note(open, collection, idOf(collection, d.get("_id")), d));
    }

    private void note(ChangeScope open, MongoCollection<Document> collection, BsonValue id, Document before) {
        String name = collection.getNamespace().getCollectionName();
        if (recorded.test(name, id)) {
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

    private interface Call {
        Object invoke(Method method, Object[] args) throws ReflectiveOperationException;
    }

    private static <T> T proxy(Class<T> type, Object target, Call call) {
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
