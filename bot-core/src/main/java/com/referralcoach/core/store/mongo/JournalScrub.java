package com.referralcoach.core.store.mongo;

import com.mongodb.client.MongoCollection;
import com.referralcoach.core.domain.WorkspaceId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.bson.Document;

/**
 * Takes records out of the undo journal ({@code changes}, one document per change): the workspace's records that hold
 * what is asked for are deleted. A record removed can no longer be undone; the others can.
 */
final class JournalScrub {
    private final MongoCollection<Document> changes;

    JournalScrub(MongoCollection<Document> changes) {
        this.changes = changes;
    }

    /** How many of the workspace's records {@code holds} picks out; with {@code remove}, takes them out too. */
    long apply(WorkspaceId workspace, Predicate<Document> holds, boolean remove) {
        List<Object> picked = new ArrayList<>();
        MongoCalls.run("read undo records", () -> changes.find(new Document(Fields.WS, workspace.value()))
                .forEach(record -> {
                    if (holds.test(record)) {
                        picked.add(record.get(Fields.ID));
                    }
                }));
        if (remove && !picked.isEmpty()) {
            MongoCalls.run("take records out of the undo journal",
                    () -> changes.deleteMany(new Document(Fields.ID, new Document("$in", picked))));
        }
        return picked.size();
    }
}
