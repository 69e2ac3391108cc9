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

    private final MongoCollection<Document> collection;
    private final Function<Document, T> mapper;

    WorkspaceCollection(MongoCollection<Document> collection, Function<Document, T> mapper) {
        this.collection = collection;
        this.mapper = mapper;
    }

    /** Inserts or replaces the document with this {@code _id} in its workspace, in one write. */
    void save(Document document) {
        Bson filter = and(eq(Fields.ID, document.get(Fields.ID)), eq(Fields.WS, document.get(Fields.WS)));
        MongoCalls.run("save into " + name(), () -> collection.replaceOne(filter, document, UPSERT));
    }

    Optional<T> findById(WorkspaceId workspace, String id) {
        return Optional.ofNullable(MongoCalls.get("read from " + name(),
                () -> collection.find(where(workspace, eq(Fields.ID, id))).first())).map(mapper);
    }

    /** The documents of the workspace matching {@code filter}, in {@code sort} order, at most {@code limit}. */
    List<T> find(WorkspaceId workspace, Bson filter, Bson sort, int limit) {
        List<Document> found = MongoCalls.get("read from " + name(),
                () -> collection.find(where(workspace, filter)).sort(sort).limit(limit).into(new ArrayList<>()));
        return found.stream().map(mapper).toList();
    }

    private static Bson where(WorkspaceId workspace, Bson filter) {
        return and(eq(Fields.WS, workspace.value()), filter);
    }

    private String name() {
        return collection.getNamespace().getCollectionName();
    }
}
