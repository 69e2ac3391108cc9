package com.referralcoach.core.engine;

import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bson.Document;

/**
 * Every document of every collection a rep's messages write, read in full: what "as before" means for undo. Left
 * out: the undo journal and open questions themselves. The reminders' due index ({@code reminderSlots}) holds
 * hints (a stale pointer costs the dispatcher a read, nothing else), so it is read as what it does: for each
 * reminder still to go, whether the dispatcher finds it.
 */
final class StoreScan {
    private static final Set<String> BOOKKEEPING = Set.of("changes", "pendingQuestions", "reminderSlots");
    private static final Set<String> DONE = Set.of("SENT", "SKIPPED", "FAILED", "CANCELLED");

    private StoreScan() {
    }

    static Map<String, List<Document>> of(MongoDatabase database) {
        Map<String, List<Document>> all = new TreeMap<>();
        for (String name : database.listCollectionNames()) {
            if (BOOKKEEPING.contains(name)) {
                continue;
            }
            List<Document> documents = database.getCollection(name).find(new Document("_id",
                    new Document("$ne", "watermark"))).sort(new Document("_id", 1)).into(new ArrayList<>());
            if (!documents.isEmpty()) {
                all.put(name, documents);
            }
        }
        List<Document> found = dispatcherFinds(database, all.getOrDefault("reminders", List.of()));
        if (!found.isEmpty()) {
            all.put("reminders the dispatcher finds", found);
        }
        return all;
    }

    private static List<Document> dispatcherFinds(MongoDatabase database, List<Document> reminders) {
        Set<String> pointers = new HashSet<>();
        for (Document slot : database.getCollection("reminderSlots").find()) {
            if (slot.get("_id") instanceof Number key) {
                slot.getList("ids", String.class, List.of()).forEach(id -> pointers.add(key.longValue() + "/" + id));
            }
        }
        return reminders.stream().filter(r -> !DONE.contains(r.getString("status")))
                .map(r -> new Document("_id", r.get("_id")).append("found",
                        pointers.contains(r.get("slot", Number.class).longValue() + "/" + r.get("_id"))))
                .toList();
    }

    /** The same, with reminders' versions left out: a reminder an undo puts back gets a newer version. */
    static Map<String, List<Document>> ignoringVersions(MongoDatabase database) {
        Map<String, List<Document>> all = of(database);
        all.getOrDefault("reminders", List.of()).forEach(d -> d.remove("v"));
        return all;
    }
}
