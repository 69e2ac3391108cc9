package com.referralcoach.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fail-stop: after an I/O error in the journal or at a checkpoint, the write that met it and every later write fail
 * (no "Saved" for any of them) until the store is opened again, and then every write acknowledged before is there.
 */
class EmbeddedStoreFailureTest {
    private static final Duration NO_CHECKPOINT = Duration.ofHours(1);
    private static final String STOPPED = "stopped taking writes";

    @TempDir
    Path data;

    private final AtomicReference<FailingChannel> disk = new AtomicReference<>();

    @Test
    void aFullDiskFailsTheWriteAndEveryLaterOneWhileReadsGoOn() {
        try (EmbeddedMongoServer server = start(NO_CHECKPOINT);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> docs = docs(client);
            docs.insertOne(new Document("_id", 1));
            disk.get().fillDisk(0);

            assertThatThrownBy(() -> docs.insertOne(new Document("_id", 2))).isInstanceOf(MongoException.class)
                    .hasMessageContaining(STOPPED).hasMessageContaining("No space left");
            disk.get().fillDisk(Long.MAX_VALUE);
            assertThatThrownBy(() -> docs.insertOne(new Document("_id", 3))).hasMessageContaining(STOPPED);
            assertThatThrownBy(() -> docs.deleteOne(new Document("_id", 1))).hasMessageContaining(STOPPED);
            assertThat(docs.find(new Document("_id", 1)).first()).isNotNull();
        }

        assertReopenedHoldsExactly(1);
    }

    @Test
    void aFailedForceIsNeverAcknowledged() {
        try (EmbeddedMongoServer server = start(NO_CHECKPOINT);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> docs = docs(client);
            docs.insertOne(new Document("_id", 1));
            disk.get().failForce();

            assertThatThrownBy(() -> docs.insertOne(new Document("_id", 2))).hasMessageContaining(STOPPED);
            assertThatThrownBy(() -> docs.insertOne(new Document("_id", 3))).hasMessageContaining(STOPPED);
        }

        // 2 reached the file, unforced: like a write a crash interrupted, it may or may not be there
        assertThat(reopened()).contains(1).doesNotContain(3);
    }

    @Test
    void aJournalHeaderTheCheckpointCouldNotWriteStopsWrites() {
        try (EmbeddedMongoServer server = start(NO_CHECKPOINT);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> docs = docs(client);
            docs.insertOne(new Document("_id", 1));
            disk.get().fillDisk(4);

            assertThatThrownBy(() -> docs.createIndex(Indexes.ascending("name"))).hasMessageContaining(STOPPED);
            disk.get().fillDisk(Long.MAX_VALUE);
            assertThatThrownBy(() -> docs.insertOne(new Document("_id", 2))).hasMessageContaining(STOPPED);
        }

        assertReopenedHoldsExactly(1);
    }

    @Test
    void aBackgroundCheckpointThatFailsStopsWrites() {
        List<Integer> acknowledged = new ArrayList<>();
        try (EmbeddedMongoServer server = start(Duration.ofMillis(20));
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> docs = docs(client);
            disk.get().failTruncate(); // the next checkpoint with frames to clear fails; journal writes still work
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                int id = acknowledged.size() + 1;
                try {
                    docs.insertOne(new Document("_id", id));
                } catch (MongoException e) {
                    assertThat(e).hasMessageContaining(STOPPED).hasMessageContaining("checkpoint");
                    return true;
                }
                acknowledged.add(id);
                return false;
            });
            assertThatThrownBy(() -> docs.insertOne(new Document("_id", 0))).hasMessageContaining(STOPPED);
        }

        assertReopenedHoldsExactly(acknowledged.stream().mapToInt(Integer::intValue).toArray());
    }

    private EmbeddedMongoServer start(Duration checkpointEvery) {
        return EmbeddedMongoServer.start(data, 0, checkpointEvery, FailingChannel.opening(disk::set));
    }

    private void assertReopenedHoldsExactly(int... ids) {
        assertThat(reopened()).containsExactlyInAnyOrder(Arrays.stream(ids).boxed().toArray(Integer[]::new));
    }

    /** The ids the store holds when opened again on a sound disk, which then takes writes again. */
    private List<Integer> reopened() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(data);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> docs = docs(client);
            List<Integer> ids = docs.find().map(d -> d.getInteger("_id")).into(new ArrayList<>());
            docs.insertOne(new Document("_id", 99));
            return ids;
        }
    }

    private static MongoCollection<Document> docs(MongoClient client) {
        return client.getDatabase("failing").getCollection("docs");
    }
}
