package com.referralcoach.core.engine;

import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bson.Document;

/**
 * Every document of every collection a rep's messages write, read in full: what "as before" means for undo. Left
 * out: the undo journal and open questions themselves, and the dispatcher's reminder watermark (a hint that only
 * moves back).
 */
final class StoreScan {
    private static final Set<String> BOOKKEEPING = Set.of("changes", "pendingQuestions");

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
        return all;
    }

    /** The same, with reminders' versions left out: a reminder an undo puts back gets a newer version. */
    static Map<String, List<Document>> ignoringVersions(MongoDatabase database) {
        Map<String, List<Document>> all = of(database);
        all.getOrDefault("reminders", List.of()).forEach(d -> d.remove("v"));
        return all;
    }
}
