package com.referralcoach.core.store.mongo;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.Installations;
import java.time.Instant;
import org.bson.Document;

/**
 * Installations in {@code installations}, one document per workspace that ever removed the bot, its {@code _id} the
 * workspace id: {@code active}, and the last change's reason and time. Each change is one findOneAndUpdate that
 * returns the document before it, so exactly one caller learns of each change.
 */
final class MongoInstallations implements Installations {
    static final String COLLECTION = "installations";
    private static final String ACTIVE = "active";
    private static final String REASON = "reason";
    private static final FindOneAndUpdateOptions UPSERT_BEFORE = new FindOneAndUpdateOptions().upsert(true)
            .returnDocument(ReturnDocument.BEFORE);

    private final MongoCollection<Document> installations;

    MongoInstallations(MongoCollection<Document> installations) {
        this.installations = installations;
    }

    @Override
    public boolean active(WorkspaceId workspace) {
        Document found = MongoCalls.get("read whether a workspace has the bot",
                () -> installations.find(eq(Fields.ID, workspace.value())).first());
        return found == null || found.getBoolean(ACTIVE, true);
    }

    @Override
    public boolean removed(WorkspaceId workspace, String reason, Instant at) {
        return change(workspace, false, reason, at);
    }

    @Override
    public boolean restored(WorkspaceId workspace, Instant at) {
        return change(workspace, true, "restored", at);
    }

    private boolean change(WorkspaceId workspace, boolean active, String reason, Instant at) {
        Document before = MongoCalls.get("record whether a workspace has the bot", () -> installations
                .findOneAndUpdate(eq(Fields.ID, workspace.value()), Updates.combine(Updates.set(ACTIVE, active),
                        Updates.set(REASON, reason), Updates.set(Fields.AT, StoredFields.date(at))), UPSERT_BEFORE));
        boolean wasActive = before == null || before.getBoolean(ACTIVE, true);
        return wasActive != active;
    }
}
