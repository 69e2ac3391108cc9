package com.referralcoach.core.store.mongo;

import com.mongodb.client.MongoCollection;
import com.referralcoach.core.ReferralCoachException;
import com.referralcoach.core.domain.WorkspaceId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.bson.Document;

/**
 * Takes records out of the undo journal ({@code changes}, one document per rep holding {@code records}): each rep's
 * document is rewritten at the version read ({@code v}), read again when a message changed it meanwhile. A record
 * removed can no longer be undone; the others can.
 */
final class JournalScrub {
    private static final String RECORDS = "records";
    private static final int TRIES = 5;

    private final MongoCollection<Document> changes;

    JournalScrub(MongoCollection<Document> changes) {
        this.changes = changes;
    }

    /** How many of the workspace's records {@code holds} picks out; with {@code remove}, takes them out too. */
    long apply(WorkspaceId workspace, Predicate<Document> holds, boolean remove) {
        List<Document> journals = MongoCalls.get("read undo records",
                () -> changes.find(new Document(Fields.WS, workspace.value())).into(new ArrayList<>()));
        long picked = 0;
        for (Document journal : journals) {
            picked += remove ? scrub(journal, holds) : held(journal, holds).size();
        }
        return picked;
    }

    private long scrub(Document journal, Predicate<Document> holds) {
        Document current = journal;
        for (int attempt = 0; attempt < TRIES && current != null; attempt++) {
            List<Document> taken = held(current, holds);
            if (taken.isEmpty()) {
                return 0;
            }
            List<Document> kept = new ArrayList<>(StoredFields.documents(current, RECORDS));
            kept.removeAll(taken);
            long version = current.get(Fields.V, Number.class).longValue();
            Document next = new Document(current).append(Fields.V, version + 1).append(RECORDS, kept);
            Object id = current.get(Fields.ID);
            boolean written = MongoCalls.get("take records out of the undo journal", () -> changes.replaceOne(
                    new Document(Fields.ID, id).append(Fields.V, version), next).getModifiedCount() == 1);
            if (written) {
                return taken.size();
            }
            current = MongoCalls.get("read undo records", () -> changes.find(new Document(Fields.ID, id)).first());
        }
        if (current == null) {
            return 0;
        }
        throw new ReferralCoachException("the undo records of rep " + current.get(Fields.REP) + " kept changing");
    }

    private static List<Document> held(Document journal, Predicate<Document> holds) {
        return StoredFields.documents(journal, RECORDS).stream().filter(holds).toList();
    }
}
