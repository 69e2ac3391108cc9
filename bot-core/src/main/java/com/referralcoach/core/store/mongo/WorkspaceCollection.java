package com.referralcoach.core.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import com.referralcoach.core.domain.WorkspaceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * One collection seen through the workspace rule: every read and every write is filtered by {@code ws},
 * so nothing stored for one workspace is visible from another.
 */
final class WorkspaceCollection<T> {
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    /** The most ids one {@code $in} query asks for. */
    static final int BATCH = 1000;

    private final MongoCollection<Document> collection;
    private final Function<Document, T> mapper;
    private final ReadAheadCache ahead;

    WorkspaceCollection(MongoCollection<Document> collection, Function<Document, T> mapper) {
        this(collection, mapper, new ReadAheadCache());
    }

    /** A collection whose {@link #find} is answered from {@code ahead} when it holds that query's answer. */
    WorkspaceCollection(MongoCollection<Document> collection, Function<Document, T> mapper, ReadAheadCache ahead) {
        this.collection = collection;
        this.mapper = mapper;
        this.ahead = ahead;
    }

    /** A rep's documents about one contact: the filter of every rep-and-person history. */
    static Bson ofRepAbout(com.referralcoach.core.domain.RepId rep, com.referralcoach.core.domain.ContactId contact) {
        return and(eq(Fields.REP, rep.value()), eq(Fields.CONTACT, contact.value()));
    }

    /** The query {@link #find} sends for these arguments to the collection {@code name}, as the read-ahead sends it. */
    static ReadAheadCache.Query query(String name, WorkspaceId workspace, Bson filter, Bson sort, int limit) {
        return ReadAheadCache.Query.of(name, where(workspace, filter), sort, limit);
    }

    /** Inserts or replaces the document with this {@code _id} in its workspace, in one write. */
    void save(Document document) {
        Bson filter = byId(document.get(Fields.WS), document.get(Fields.ID));
        MongoCalls.run("save into " + name(), () -> collection.replaceOne(filter, document, UPSERT));
    }

    Optional<T> findById(WorkspaceId workspace, String id) {
        return Optional.ofNullable(MongoCalls.get("read from " + name(),
                () -> collection.find(byId(workspace.value(), id)).first())).map(mapper);
    }

    /**
     * {@code {_id, ws}} as one plain document, not an {@code $and}: the embedded server serves exactly this
     * shape from the unique {_id, ws} index; real MongoDB from its _id index.
     */
    static Document byId(Object workspace, Object id) {
        return new Document(Fields.ID, id).append(Fields.WS, workspace);
    }

    /**
     * The workspace's documents with these ids, in id order. Each query is {@code {_id: {$in: ids}}} alone (at most
     * {@link #BATCH} ids), which every server serves from the _id index; the workspace rule is applied to what
     * comes back.
     */
    List<T> findByIds(WorkspaceId workspace, List<String> ids) {
        List<Document> found = new ArrayList<>();
        for (int start = 0; start < ids.size(); start += BATCH) {
            List<String> batch = ids.subList(start, Math.min(ids.size(), start + BATCH));
            MongoCalls.run("read from " + name(), () -> collection
                    .find(new Document(Fields.ID, new Document("$in", batch))).into(found));
        }
        return found.stream()
                .filter(d -> workspace.value().equals(d.get(Fields.WS)))
                .sorted(java.util.Comparator.comparing(d -> String.valueOf(d.get(Fields.ID))))
                .map(mapper).toList();
    }

    /** Deletes the workspace's document with this id; false when there was none. */
    boolean delete(WorkspaceId workspace, String id) {
        return MongoCalls.get("delete from " + name(),
                () -> collection.deleteOne(byId(workspace.value(), id)).getDeletedCount() > 0);
    }

    /** The documents of the workspace matching {@code filter}, in {@code sort} order, at most {@code limit}. */
    List<T> find(WorkspaceId workspace, Bson filter, Bson sort, int limit) {
        List<Document> found = ahead.answer(() -> query(name(), workspace, filter, sort, limit)).orElseGet(() ->
                MongoCalls.get("read from " + name(), () -> collection.find(where(workspace, filter)).sort(sort)
                        .limit(limit).into(new ArrayList<>())));
        return found.stream().map(mapper).toList();
    }

    private static Bson where(WorkspaceId workspace, Bson filter) {
        return and(eq(Fields.WS, workspace.value()), filter);
    }

    private String name() {
        return collection.getNamespace().getCollectionName();
    }
}
