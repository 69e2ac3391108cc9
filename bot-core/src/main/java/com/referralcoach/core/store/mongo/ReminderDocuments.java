package com.referralcoach.core.store.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import com.referralcoach.core.domain.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The {@code reminders} collection: reads by id and compare-and-set writes. Every change is filtered by
 * {@code {_id, v}} with the version that was read, which the unique {_id, v} index serves on the embedded
 * server too, and increments {@code v}: of two writers that read the same version only one changes it.
 */
final class ReminderDocuments {
    private static final int READ_BATCH = 1000;

    private final MongoCollection<Document> reminders;
    /** How many reminder documents were read by id; for tests of what the dispatcher reads. */
    final AtomicLong documentsRead = new AtomicLong();

    private final ReadAheadCache ahead;

    ReminderDocuments(MongoCollection<Document> reminders) {
        this(reminders, new ReadAheadCache());
    }

    /** Reminders whose reads by id and by {@link #find} are answered from {@code ahead} when it holds them. */
    ReminderDocuments(MongoCollection<Document> reminders, ReadAheadCache ahead) {
        this.reminders = reminders;
        this.ahead = ahead;
    }

    /** Inserts a new reminder document; false when one with this id exists already. */
    boolean insert(Document document) {
        try {
            reminders.insertOne(document);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw MongoCalls.failure("insert a reminder", e);
        } catch (MongoException e) {
            throw MongoCalls.failure("insert a reminder", e);
        }
    }

    /** Inserts new reminder documents in one command; ids that exist already are left as they are. */
    void insertAll(List<Document> documents) {
        if (documents.isEmpty()) {
            return;
        }
        try {
            reminders.insertMany(documents, new com.mongodb.client.model.InsertManyOptions().ordered(false));
        } catch (com.mongodb.MongoBulkWriteException e) {
            boolean onlyDuplicates = e.getWriteErrors().stream()
                    .allMatch(w -> ErrorCategory.fromErrorCode(w.getCode()) == ErrorCategory.DUPLICATE_KEY);
            if (!onlyDuplicates) {
                throw MongoCalls.failure("insert reminders", e);
            }
        } catch (MongoException e) {
            throw MongoCalls.failure("insert reminders", e);
        }
    }

    Optional<Document> byId(String id) {
        return Optional.ofNullable(MongoCalls.get("read a reminder",
                () -> reminders.find(new Document(Fields.ID, id)).first()));
    }

    /**
     * The workspace's reminder with this id. Read by {@code _id} alone and checked here: one index fewer to
     * keep up on every write of the embedded server, where each index operation costs.
     */
    Optional<Document> byId(WorkspaceId workspace, String id) {
        Optional<Document> held = ahead.held(Collections.REMINDERS, id);
        return (held.isPresent() ? held : byId(id)).filter(d -> workspace.value().equals(d.getString(Fields.WS)));
    }

    /** The reminders with these ids, by id, in the order of {@code ids}; ids without a document are absent. */
    Map<String, Document> byIds(Collection<String> ids) {
        Map<String, Document> found = new LinkedHashMap<>();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += READ_BATCH) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + READ_BATCH));
            List<Document> read = MongoCalls.get("read reminders", () -> reminders
                    .find(new Document(Fields.ID, new Document("$in", batch))).into(new ArrayList<>()));
            documentsRead.addAndGet(read.size());
            read.forEach(d -> found.put(ReminderMapper.id(d), d));
        }
        Map<String, Document> ordered = new LinkedHashMap<>();
        all.stream().filter(found::containsKey).forEach(id -> ordered.put(id, found.get(id)));
        return ordered;
    }

    /**
     * Applies {@code change} to each document still at the version it was read at, in one write command;
     * the ids of the documents changed. Each change also sets {@code op} to a token of this call, which tells
     * afterwards which changes took effect when not all did.
     */
    Set<String> compareAndSet(Collection<Document> current, Function<Document, Bson> change) {
        if (current.isEmpty()) {
            return Set.of();
        }
        String op = UUID.randomUUID().toString();
        List<WriteModel<Document>> writes = current.stream().<WriteModel<Document>>map(d -> new UpdateOneModel<>(
                new Document(Fields.ID, d.get(Fields.ID)).append(Fields.V, d.get(Fields.V)),
                Updates.combine(change.apply(d), Updates.set(Fields.OP, op), Updates.inc(Fields.V, 1L)))).toList();
        int changed = MongoCalls.get("update reminders",
                () -> reminders.bulkWrite(writes, new BulkWriteOptions().ordered(false))).getModifiedCount();
        Set<String> ids = current.stream().map(ReminderMapper::id).collect(Collectors.toCollection(
                java.util.LinkedHashSet::new));
        if (changed == ids.size()) {
            return ids;
        }
        return byIds(ids).values().stream().filter(d -> op.equals(d.getString(Fields.OP)))
                .map(ReminderMapper::id).collect(Collectors.toSet());
    }

    /**
     * Moves the lease of the claims {@code owner} holds on {@code ids} to {@code until}, in one write command,
     * leaving their version as it is (the claim's holder marks them at the version its claim wrote).
     */
    void extendLease(Collection<String> ids, String owner, Instant until) {
        if (ids.isEmpty()) {
            return;
        }
        MongoCalls.run("extend reminder leases", () -> reminders.updateMany(new Document(Fields.ID,
                        new Document("$in", List.copyOf(ids))).append(Fields.OWNER, owner)
                        .append(Fields.STATUS, com.referralcoach.core.domain.ReminderStatus.CLAIMED.name()),
                Updates.set(Fields.LEASE_UNTIL, StoredFields.date(until))));
    }

    /** The documents matching {@code filter} (a plain document, never an $and), in {@code sort} order. */
    List<Document> find(Document filter, Bson sort, int limit) {
        return ahead.answer(() -> ReadAheadCache.Query.of(Collections.REMINDERS, filter, sort, limit)).orElseGet(() ->
                MongoCalls.get("read reminders",
                        () -> reminders.find(filter).sort(sort).limit(limit).into(new ArrayList<>())));
    }
}
