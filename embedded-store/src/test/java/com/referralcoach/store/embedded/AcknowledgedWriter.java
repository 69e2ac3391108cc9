package com.referralcoach.store.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.time.Duration;
import org.bson.Document;

/**
 * Test-only program run in a child JVM: opens the embedded server on a data directory (committing the H2 file every
 * 20 ms, so a kill lands anywhere between checkpoints) and inserts documents {_id: i} one at a time, each followed by
 * adding one to a counter, printing "ok i" once both are acknowledged, then "done n ms".
 */
public final class AcknowledgedWriter {
    static final String COUNTER = "counter";

    private AcknowledgedWriter() {
    }

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(data, 0, Duration.ofMillis(20));
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> docs = client.getDatabase("durability").getCollection("docs");
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                docs.insertOne(new Document("_id", i).append("payload", "acknowledged write " + i));
                docs.updateOne(Filters.eq("_id", COUNTER), Updates.inc("n", 1), new UpdateOptions().upsert(true));
                System.out.println("ok " + i);
                System.out.flush();
            }
            System.out.println("done " + count + " " + (System.nanoTime() - start) / 1_000_000);
        }
    }
}
