package com.referralcoach.core.store.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.bson.Document;

/**
 * The due index of the reminder queue, in {@code reminderSlots}: for each minute, {@link #SHARDS} slot
 * documents {@code {_id: minute * SHARDS + shard, ids: [reminder ids], n: adds}} point to the reminders due
 * then, and one {@code {_id: "watermark", m: minute}} document says from which minute on the dispatcher looks.
 * The dispatcher reads the slots of a span of minutes as one range of keys, {@code _id} from the span's first key
 * to past its last, which MongoDB and the embedded store answer from the _id index, however few of the span's keys
 * exist. Pointers are only hints: the reminder document is the truth, so a stale or duplicate pointer costs a read
 * and nothing else.
 */
final class ReminderSlots {
    static final int SHARDS = 128;
    private static final String WATERMARK = "watermark";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> slots;

    ReminderSlots(MongoCollection<Document> slots) {
        this.slots = slots;
    }

    static long minute(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), 60);
    }

    static long key(long minute, String reminderId) {
        return minute * SHARDS + Math.floorMod(reminderId.hashCode(), SHARDS);
    }

    static long minuteOf(long key) {
        return Math.floorDiv(key, SHARDS);
    }

    /**
     * Points the slot {@code key} to the reminder, in one write command: first the watermark is pulled back
     * to the slot's minute if it had passed it (a writer whose clock is behind the dispatcher's), then the
     * id is added to the slot.
     */
    void add(long key, String reminderId) {
        List<WriteModel<Document>> writes = List.of(
                new UpdateOneModel<>(new Document(Fields.ID, WATERMARK),
                        new Document("$min", new Document(Fields.MINUTE, minuteOf(key))), UPSERT),
                new UpdateOneModel<>(new Document(Fields.ID, key),
                        new Document("$addToSet", new Document(Fields.IDS, reminderId))
                                .append("$inc", new Document(Fields.N, 1L)), UPSERT));
        MongoCalls.run("add a reminder slot", () -> slots.bulkWrite(writes));
    }

    /** Adds pointers to many slots and pulls the watermark back to the earliest, in one write command. */
    void addAll(Map<Long, List<String>> pointers) {
        if (pointers.isEmpty()) {
            return;
        }
        long earliest = pointers.keySet().stream().mapToLong(ReminderSlots::minuteOf).min().getAsLong();
        List<WriteModel<Document>> writes = new ArrayList<>();
        writes.add(new UpdateOneModel<>(new Document(Fields.ID, WATERMARK),
                new Document("$min", new Document(Fields.MINUTE, earliest)), UPSERT));
        pointers.forEach((key, ids) -> writes.add(new UpdateOneModel<>(new Document(Fields.ID, key),
                new Document("$addToSet", new Document(Fields.IDS, new Document("$each", ids)))
                        .append("$inc", new Document(Fields.N, (long) ids.size())), UPSERT)));
        MongoCalls.run("add reminder slots", () -> slots.bulkWrite(writes));
    }

    /** Removes pointers by slot key, one write command for all. */
    void remove(Map<Long, List<String>> pointers) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        pointers.forEach((key, ids) -> writes.add(new UpdateOneModel<>(new Document(Fields.ID, key),
                new Document("$pull", new Document(Fields.IDS, new Document("$in", ids))))));
        if (!writes.isEmpty()) {
            MongoCalls.run("remove reminder slots",
                    () -> slots.bulkWrite(writes, new BulkWriteOptions().ordered(false)));
        }
    }

    /** The first minute the dispatcher still looks at; empty before anything was scheduled. */
    OptionalLong watermark() {
        Document found = MongoCalls.get("read the reminder watermark",
                () -> slots.find(new Document(Fields.ID, WATERMARK)).first());
        return found == null ? OptionalLong.empty() : OptionalLong.of(found.get(Fields.MINUTE, Number.class).longValue());
    }

    /** The slot documents of minutes {@code from..to}, in key order. */
    List<Document> read(long from, long to) {
        Document keys = new Document("$gte", from * SHARDS).append("$lt", (to + 1) * SHARDS);
        List<Document> found = MongoCalls.get("read reminder slots", () -> slots
                .find(new Document(Fields.ID, keys)).into(new ArrayList<>()));
        found.sort(Comparator.comparingLong(ReminderSlots::key));
        return found;
    }

    static long key(Document slot) {
        return slot.get(Fields.ID, Number.class).longValue();
    }

    static List<String> ids(Document slot) {
        return slot.getList(Fields.IDS, String.class, List.of());
    }

    /**
     * Moves the watermark from {@code from} to {@code to}, only if nobody moved it meanwhile (a writer pulling
     * it back, another dispatcher); the filter {_id, m} is served by the unique {_id, m} index.
     */
    boolean advance(long from, long to) {
        return MongoCalls.get("advance the reminder watermark", () -> slots.updateOne(
                new Document(Fields.ID, WATERMARK).append(Fields.MINUTE, from),
                new Document("$set", new Document(Fields.MINUTE, to)))).getModifiedCount() == 1;
    }

    /** Deletes slots the watermark has passed, each only if nothing was added since it was read. */
    void drop(List<Document> passed) {
        List<WriteModel<Document>> writes = passed.stream().<WriteModel<Document>>map(slot -> new DeleteOneModel<>(
                new Document(Fields.ID, key(slot)).append(Fields.N, slot.get(Fields.N)))).toList();
        if (!writes.isEmpty()) {
            MongoCalls.run("drop passed reminder slots",
                    () -> slots.bulkWrite(writes, new BulkWriteOptions().ordered(false)));
        }
    }
}
