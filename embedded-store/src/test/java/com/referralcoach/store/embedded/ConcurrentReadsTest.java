package com.referralcoach.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes on one embedded store, one updating documents while the other reads them: every read gets a whole
 * reply. (The library updates a stored document in place; a reply built from it on another connection failed
 * mid-encoding, and the reader saw its connection cut, once in a simulated week of three processes.)
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConcurrentReadsTest {
    private static final int DOCUMENTS = 50;
    private static final int FIELDS = 40;

    @Test
    void aReaderNeverSeesItsReplyCutByAWriterUpdatingTheSameDocuments(@TempDir Path data) throws Exception {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(data);
             MongoClient writerClient = MongoClients.create(server.connectionString());
             MongoClient readerClient = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> written = writerClient.getDatabase("coach").getCollection("reminders");
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < DOCUMENTS; i++) {
                ids.add("r" + i);
                Document reminder = new Document("_id", "r" + i);
                for (int f = 0; f < FIELDS; f++) {
                    reminder.append("f" + f, "value " + f);
                }
                written.insertOne(reminder);
            }
            AtomicBoolean reading = new AtomicBoolean(true);
            List<Throwable> writeFailures = new CopyOnWriteArrayList<>();
            Thread writer = new Thread(() -> {
                int round = 0;
                while (reading.get()) {
                    round++;
                    List<Bson> changes = new ArrayList<>();
                    for (int f = 0; f < FIELDS; f += 2) {
                        changes.add(round % 2 == 0 ? Updates.set("f" + f, "round " + round) : Updates.unset("f" + f));
                    }
                    try {
                        written.updateMany(Filters.in("_id", ids), Updates.combine(changes));
                    } catch (RuntimeException e) {
                        writeFailures.add(e);
                    }
                }
            }, "writer");
            writer.start();
            MongoCollection<Document> read = readerClient.getDatabase("coach").getCollection("reminders");
            List<Throwable> readFailures = new ArrayList<>();
            int whole = 0;
            for (int i = 0; i < 1500; i++) {
                try {
                    if (read.find(Filters.in("_id", ids)).into(new ArrayList<>()).size() == DOCUMENTS) {
                        whole++;
                    }
                } catch (RuntimeException e) {
                    readFailures.add(e);
                }
            }
            reading.set(false);
            writer.join(TimeUnit.SECONDS.toMillis(20));

            assertThat(readFailures).isEmpty();
            assertThat(writeFailures).isEmpty();
            assertThat(whole).isEqualTo(1500);
        }
    }

    /**
     * Why the reads above are safe: a query's documents are copies, so the rest of a batch a cursor holds for its
     * next getMore (like a reply on its way to the wire) is not changed under it by a later update, which the library
     * applies to the stored document in place. Before, the cursor handed out the updated document.
     */
    @Test
    void theDocumentsACursorHoldsAreNotChangedUnderItByALaterUpdate(@TempDir Path data) {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(data);
             MongoClient reader = MongoClients.create(server.connectionString());
             MongoClient writer = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> written = writer.getDatabase("coach").getCollection("reminders");
            written.insertOne(new Document("_id", "r1").append("status", "PENDING"));
            written.insertOne(new Document("_id", "r2").append("status", "PENDING"));
            try (var cursor = reader.getDatabase("coach").getCollection("reminders")
                    .find(Filters.in("_id", List.of("r1", "r2"))).batchSize(1).cursor()) {
                assertThat(cursor.next().getString("status")).isEqualTo("PENDING");
                written.updateOne(Filters.eq("_id", "r2"), Updates.set("status", "CLAIMED"));

                assertThat(cursor.next().getString("status")).isEqualTo("PENDING");
            }
            assertThat(written.find(Filters.eq("_id", "r2")).first().getString("status")).isEqualTo("CLAIMED");
        }
    }
}
