package com.referralcoach.core.store.mongo;

import com.mongodb.client.MongoCollection;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.RepRoster;
import java.util.Optional;
import org.bson.Document;

/** The reps of each workspace in the {@code reps} collection, found by {@code _id}. */
final class MongoRepRoster implements RepRoster {
    private final MongoCollection<Document> collection;
    private final QuestionHints hints;

    private final ReadAheadCache ahead;

    MongoRepRoster(MongoCollection<Document> collection, QuestionHints hints) {
        this(collection, hints, new ReadAheadCache());
    }

    MongoRepRoster(MongoCollection<Document> collection, QuestionHints hints, ReadAheadCache ahead) {
        this.collection = collection;
        this.hints = hints;
        this.ahead = ahead;
    }

    /** What {@link #find} asks the store, for the read-ahead. */
    static ReadAheadCache.Query byId(WorkspaceId workspace, RepId rep) {
        return ReadAheadCache.Query.of(Collections.REPS,
                WorkspaceCollection.byId(workspace.value(), RepMapper.idOf(workspace, rep)), null, 0);
    }

    @Override
    public Optional<Rep> find(WorkspaceId workspace, RepId rep) {
        String id = RepMapper.idOf(workspace, rep);
        Document found = ahead.answer(() -> byId(workspace, rep)).map(all -> all.isEmpty() ? null : all.get(0))
                .orElseGet(() -> MongoCalls.get("read from reps",
                        () -> collection.find(WorkspaceCollection.byId(workspace.value(), id)).first()));
        if (found == null) {
            return Optional.empty();
        }
        hints.saw(id, Boolean.TRUE.equals(found.getBoolean(QuestionHints.FLAG)));
        return Optional.of(RepMapper.toRep(found));
    }

    /** Sets the rep's fields and leaves others (the waiting-question flag) as they are. */
    @Override
    public void save(Rep rep) {
        Document document = RepMapper.toDocument(rep);
        Document fields = new Document(document);
        fields.remove(Fields.ID);
        Document update = new Document("$set", fields);
        Document unset = new Document();
        for (String optional : java.util.List.of(Fields.MANAGER, Fields.IDEAL, Fields.IDEAL_TEAM,
                Fields.REVIEW_LINKS)) {
            if (!document.containsKey(optional)) {
                unset.append(optional, "");
            }
        }
        if (!unset.isEmpty()) {
            update.append("$unset", unset);
        }
        MongoCalls.run("save into reps", () -> collection.updateOne(
                WorkspaceCollection.byId(document.get(Fields.WS), document.get(Fields.ID)), update,
                new com.mongodb.client.model.UpdateOptions().upsert(true)));
    }
}
