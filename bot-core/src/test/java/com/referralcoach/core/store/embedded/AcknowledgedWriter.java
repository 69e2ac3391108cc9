package com.referralcoach.core.store.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.file.Path;
import org.bson.Document;

/**
 * Test-only program run in a child JVM: opens the embedded server on a data directory and inserts
 * documents {_id: i} one at a time, printing "ok i" after each acknowledged insert, then "done n ms".
 */
public final class AcknowledgedWriter {
    private AcknowledgedWriter() {
    }

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(data);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> docs = client.getDatabase("durability").getCollection("docs");
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                docs.insertOne(new Document("_id", i).append("payload", "acknowledged write " + i));
                System.out.println("ok " + i);
                System.out.flush();
            }
            System.out.println("done " + count + " " + (System.nanoTime() - start) / 1_000_000);
        }
    }
}
