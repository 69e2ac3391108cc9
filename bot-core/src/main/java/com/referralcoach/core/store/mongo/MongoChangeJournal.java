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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The change journal in {@code changes}: one document per change, {@code {ws, rep, at, writes: [{c, id, before,
 * after}]}}, with the documents before and after the message wrote them ({@link RecordingCollections} notes them,
 * mostly from the writes' own results), written with one insert after the change's own writes. Changes older than
 * {@link #KEPT} are dropped as new ones come, at most every {@link #SWEEP_EVERY} per rep. Undo claims the rep's
 * latest change by deleting it (of two undos only one deletes it), then {@link Reverting reverts} each written
 * document, last touched first. A change that throws is reverted the same way at once, so a failure leaves nothing
 * half done.
 */
final class MongoChangeJournal implements ChangeJournal {
    private static final Logger log = LoggerFactory.getLogger(MongoChangeJournal.class);
    static final Duration KEPT = Duration.ofHours(1);
    static final Duration SWEEP_EVERY = Duration.ofMinutes(30);
    private static final int SWEEPS_REMEMBERED = 100_000;
    private static final int TRIES = 5;
    private static final String WRITES = "writes";
    private static final String COLLECTION = "c";
    private static final String BEFORE = "before";
    private static final String AFTER = "after";
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final RecordingCollections recorder;
    private final MongoDatabase database;
    private final MongoCollection<Document> changes;
    private final Map<String, Function<Document, ?>> domain;
    private final Map<String, Instant> lastSwept = new java.util.concurrent.ConcurrentHashMap<>();

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
        boolean done = false;
        try {
            T result = change.get();
            done = true;
            return result;
        } finally {
            recorder.close();
            List<Document> writes = writes(scope);
            List<Document> left = done ? writes : rolledBack(writes);
            if (!left.isEmpty()) {
                keep(workspace, rep, new Document(Fields.AT, StoredFields.date(at)).append(WRITES, left));
            }
        }
    }

    /**
     * A change that failed partway is taken back at once, last write first, so nothing half done stays; what could not
     * be taken back (the store failing still) is kept as the change, for "undo" to finish.
     */
    private List<Document> rolledBack(List<Document> writes) {
        List<Document> left = new ArrayList<>(writes);
        try {
            while (!left.isEmpty()) {
                revert(left.get(left.size() - 1));
                left.remove(left.size() - 1);
            }
        } catch (RuntimeException e) {
            log.warn("Could not take back {} writes of a change that failed partway", left.size(), e);
        }
        return left;
    }

    /** Each touched document before and after, where the two differ. */
    private List<Document> writes(ChangeScope scope) {
        // Afters the writes told are taken as told; the rest are read, one query per collection.
        Map<String, List<org.bson.BsonValue>> unknown = new java.util.LinkedHashMap<>();
        for (ChangeScope.Before touched : scope.befores()) {
            if (!scope.hasKnownAfter(touched.touched())) {
                unknown.computeIfAbsent(touched.touched().collection(), c -> new ArrayList<>())
                        .add(touched.touched().id());
            }
        }
        Map<ChangeScope.Touched, Document> read = new java.util.HashMap<>();
        unknown.forEach((collection, ids) -> raw(collection).find(new org.bson.BsonDocument(Fields.ID,
                new org.bson.BsonDocument("$in", new org.bson.BsonArray(ids)))).forEach(d -> read.put(
                new ChangeScope.Touched(collection, RecordingCollections.idOf(raw(collection), d.get(Fields.ID))), d)));
        List<Document> writes = new ArrayList<>();
        for (ChangeScope.Before touched : scope.befores()) {
            Document after = scope.hasKnownAfter(touched.touched()) ? scope.knownAfter(touched.touched()).orElse(null)
                    : read.get(touched.touched());
            if (!java.util.Objects.equals(touched.before(), after)) {
                writes.add(new Document(COLLECTION, touched.touched().collection())
                        .append(Fields.ID, touched.touched().id())
                        .append(BEFORE, touched.before()).append(AFTER, after));
            }
        }
        return writes;
    }

    private void keep(WorkspaceId workspace, RepId rep, Document record) {
        // One small document per change, one insert, no read of the rep's earlier changes.
        Document change = new Document(Fields.WS, workspace.value()).append(Fields.REP, rep.value())
                .append(Fields.AT, record.get(Fields.AT)).append(WRITES, record.get(WRITES));
        MongoCalls.run("write changes", () -> changes.insertOne(change));
        Instant at = StoredFields.instant(record, Fields.AT);
        if (sweepDue(workspace, rep, at)) {
            Instant oldest = at.minus(KEPT);
            try {
                MongoCalls.run("forget old changes", () -> changes.deleteMany(new Document(Fields.WS,
                        workspace.value()).append(Fields.REP, rep.value()).append(Fields.AT,
                        new Document("$lt", StoredFields.date(oldest)))));
            } catch (RuntimeException e) {
                // Housekeeping only: the change is saved, and the next sweep takes these too.
                log.warn("Could not drop undo records over an hour old in workspace {} for rep {}", workspace, rep, e);
            }
        }
    }

    /**
     * Whether this change should also drop the rep's changes older than {@link #KEPT} (undo never reaches them): the
     * first change a process keeps for the rep, then one every {@link #SWEEP_EVERY}. So a rep keeps at most an hour
     * and a half of changes, and a deletion looks through no more than that, however fast the rep types (a chance per
     * change would make a fast typist's deletions read hundreds of changes each). A process forgets when it
     * swept after {@link #SWEEPS_REMEMBERED} reps; each then sweeps once more.
     */
    private boolean sweepDue(WorkspaceId workspace, RepId rep, Instant at) {
        if (lastSwept.size() > SWEEPS_REMEMBERED) {
            lastSwept.clear();
        }
        boolean[] due = new boolean[1];
        lastSwept.compute(workspace.value() + "/" + rep.value(), (key, last) -> {
            due[0] = last == null || !at.isBefore(last.plus(SWEEP_EVERY));
            return due[0] ? at : last;
        });
        return due[0];
    }

    @Override
    public Optional<List<Reverted>> undoLatest(WorkspaceId workspace, RepId rep, Instant since) {
        Document taken = null;
        for (int attempt = 0; attempt < TRIES && taken == null; attempt++) {
            Document latest = MongoCalls.get("read changes", () -> changes.find(new Document(Fields.WS,
                    workspace.value()).append(Fields.REP, rep.value()).append(Fields.AT,
                    new Document("$gte", StoredFields.date(since))))
                    .sort(new Document(Fields.AT, -1).append(Fields.ID, -1)).first());
            if (latest == null) {
                return Optional.empty();
            }
            // Claimed by deleting it: of two undos only one deletes it.
            if (MongoCalls.get("claim a change", () -> changes.deleteOne(new Document(Fields.ID,
                    latest.get(Fields.ID))).getDeletedCount()) == 1) {
                taken = latest;
            }
        }
        if (taken == null) {
            throw new ReferralCoachException("the changes of rep " + rep.value() + " kept changing under me");
        }
        List<Document> writes = StoredFields.documents(taken, WRITES);
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
        if (Collections.REMINDERS.equals(write.getString(COLLECTION)) && reverted != null
                && !ReminderMapper.status(reverted).isDone()) {
            // The due index is not journaled (its pointers are hints, and its documents grow with the minute's
            // reminders): a reminder put back gets a pointer to its slot again.
            new ReminderSlots(raw(Collections.REMINDER_SLOTS)).add(ReminderMapper.slot(reverted),
                    reverted.getString(Fields.ID));
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

    private MongoCollection<Document> raw(String name) {
        return MongoCoachStore.collection(database, name);
    }
}
