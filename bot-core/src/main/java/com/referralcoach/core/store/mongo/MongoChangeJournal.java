package com.referralcoach.core.store.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import com.referralcoach.core.ReferralCoachException;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ChangeJournal;
import com.referralcoach.core.port.Reverted;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.bson.Document;

/**
 * The change journal in {@code changes}: one document per rep ({@code _id} of workspace and rep, version {@code v})
 * holding that rep's recent changes, each {@code {at, writes: [{c, id, before, after}]}} with the documents before
 * and after the message wrote them ({@link RecordingCollections} notes them). Changes older than {@link #KEPT}
 * are dropped as new ones come. Undo claims the latest change by rewriting the rep's document at the version it
 * read, then {@link Reverting reverts} each written document, last touched first.
 */
final class MongoChangeJournal implements ChangeJournal {
    static final Duration KEPT = Duration.ofHours(1);
    private static final int MOST_KEPT = 50;
    private static final int TRIES = 5;
    private static final String RECORDS = "records";
    private static final String WRITES = "writes";
    private static final String COLLECTION = "c";
    private static final String BEFORE = "before";
    private static final String AFTER = "after";
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final RecordingCollections recorder;
    private final MongoDatabase database;
    private final MongoCollection<Document> changes;
    private final Map<String, Function<Document, ?>> domain;

    /**
     * A journal of what {@code recorder} sees written; undo writes straight to {@code database}; {@code domain} maps
     * a document of a collection to the domain value an undo reports (collections without one are not reported).
     */
    MongoChangeJournal(RecordingCollections recorder, MongoDatabase database, Map<String, Function<Document, ?>> domain) {
        this.recorder = recorder;
        this.database = database;
        this.changes = MongoCoachStore.collection(database, Collections.CHANGES);
        this.domain = Map.copyOf(domain);
    }

    @Override
    public <T> T recording(WorkspaceId workspace, RepId rep, Instant at, Supplier<T> change) {
        if (recorder.current().isPresent()) {
            return change.get();
        }
        ChangeScope scope = new ChangeScope();
        recorder.open(scope);
        try {
            return change.get();
        } finally {
            recorder.close();
            List<Document> writes = writes(scope);
            if (!writes.isEmpty()) {
                keep(workspace, rep, new Document(Fields.AT, StoredFields.date(at)).append(WRITES, writes));
            }
        }
    }

    /** Each touched document before and after, where the two differ. */
    private List<Document> writes(ChangeScope scope) {
        List<Document> writes = new ArrayList<>();
        for (ChangeScope.Before touched : scope.befores()) {
            Document after = raw(touched.touched().collection())
                    .find(new Document(Fields.ID, touched.touched().id())).first();
            if (!java.util.Objects.equals(touched.before(), after)) {
                writes.add(new Document(COLLECTION, touched.touched().collection())
                        .append(Fields.ID, touched.touched().id())
                        .append(BEFORE, touched.before()).append(AFTER, after));
            }
        }
        return writes;
    }

    private void keep(WorkspaceId workspace, RepId rep, Document record) {
        Instant oldest = StoredFields.instant(record, Fields.AT).minus(KEPT);
        update(workspace, rep, records -> {
            List<Document> kept = new ArrayList<>(records.stream()
                    .filter(r -> !StoredFields.instant(r, Fields.AT).isBefore(oldest)).toList());
            kept.add(record);
            return kept.subList(Math.max(0, kept.size() - MOST_KEPT), kept.size());
        });
    }

    @Override
    public Optional<List<Reverted>> undoLatest(WorkspaceId workspace, RepId rep, Instant since) {
        List<Document> taken = new ArrayList<>();
        update(workspace, rep, records -> {
            taken.clear();
            if (records.isEmpty() || StoredFields.instant(records.get(records.size() - 1), Fields.AT).isBefore(since)) {
                return records;
            }
            taken.add(records.get(records.size() - 1));
            return records.subList(0, records.size() - 1);
        });
        if (taken.isEmpty()) {
            return Optional.empty();
        }
        List<Document> writes = StoredFields.documents(taken.get(0), WRITES);
        for (int i = writes.size() - 1; i >= 0; i--) {
            revert(writes.get(i));
        }
        return Optional.of(writes.stream().map(this::reverted).flatMap(Optional::stream).toList());
    }

    private void revert(Document write) {
        MongoCollection<Document> collection = raw(write.getString(COLLECTION));
        Document id = new Document(Fields.ID, write.get(Fields.ID));
        Document current = MongoCalls.get("read a changed document", () -> collection.find(id).first());
        Document reverted = Reverting.revert(write.get(BEFORE, Document.class), write.get(AFTER, Document.class),
                current);
        if (reverted == null) {
            MongoCalls.run("undo a new document", () -> collection.deleteOne(id));
        } else if (!reverted.equals(current)) {
            MongoCalls.run("undo a change", () -> collection.replaceOne(id, reverted, UPSERT));
        }
        if (Collections.REMINDER_SLOTS.equals(write.getString(COLLECTION)) && reverted != null
                && write.get(Fields.ID) instanceof Number key) {
            new ReminderSlots(collection).lookBackTo(key.longValue());
        }
    }

    private Optional<Reverted> reverted(Document write) {
        Function<Document, ?> toDomain = domain.get(write.getString(COLLECTION));
        if (toDomain == null) {
            return Optional.empty();
        }
        return Optional.of(new Reverted(
                Optional.ofNullable(write.get(BEFORE, Document.class)).map(toDomain),
                Optional.ofNullable(write.get(AFTER, Document.class)).map(toDomain)));
    }

    /** Rewrites the rep's list of changes with {@code change}, at the version read; read again when another won. */
    private void update(WorkspaceId workspace, RepId rep, Function<List<Document>, List<Document>> change) {
        String id = StoredIds.of(workspace.value(), rep.value());
        for (int attempt = 0; attempt < TRIES; attempt++) {
            Document found = MongoCalls.get("read changes", () -> changes.find(new Document(Fields.ID, id)).first());
            long version = found == null ? 0 : found.get(Fields.V, Number.class).longValue();
            List<Document> records = found == null ? List.of() : StoredFields.documents(found, RECORDS);
            List<Document> changed = change.apply(records);
            if (changed == records) {
                return;
            }
            Document next = new Document(Fields.ID, id).append(Fields.WS, workspace.value())
                    .append(Fields.REP, rep.value()).append(Fields.V, version + 1).append(RECORDS, changed);
            boolean written = found == null
                    ? insertIfAbsent(next)
                    : MongoCalls.get("write changes", () -> changes.replaceOne(new Document(Fields.ID, id)
                            .append(Fields.V, version), next).getModifiedCount() == 1);
            if (written) {
                return;
            }
        }
        throw new ReferralCoachException("the changes of rep " + rep.value() + " kept changing under me");
    }

    private boolean insertIfAbsent(Document document) {
        try {
            changes.insertOne(document);
            return true;
        } catch (com.mongodb.MongoWriteException e) {
            if (e.getError().getCategory() == com.mongodb.ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw MongoCalls.failure("write changes", e);
        }
    }

    private MongoCollection<Document> raw(String name) {
        return MongoCoachStore.collection(database, name);
    }
}
