package com.referralcoach.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Between two commits of the H2 file, acknowledged writes live in the journal: after a crash they are all back,
 * each exactly once, and nothing the journal should not replay is replayed. Checkpoints are held off (an hour
 * apart) so that each test decides what the file holds when it crashes.
 */
class EmbeddedStoreJournalTest {
    private static final Duration NO_CHECKPOINT = Duration.ofHours(1);

    @TempDir
    Path data;

    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void everyKindOfWriteSinceTheLastCommitIsBackExactlyOnceAfterACrash() {
        crashAfter(docs -> {
            for (int i = 0; i < 50; i++) {
                docs.insertOne(new Document("_id", i).append("name", "Jane " + i));
            }
            for (int i = 0; i < 30; i++) {
                docs.updateOne(Filters.eq("_id", "count"), Updates.inc("n", 1), new UpdateOptions().upsert(true));
            }
            docs.updateOne(Filters.eq("_id", 7), Updates.set("name", "Tom Lee"));
            docs.deleteOne(Filters.eq("_id", 8));
            docs.findOneAndUpdate(Filters.eq("_id", 9), Updates.set("stage", "won"), new FindOneAndUpdateOptions());
            docs.updateOne(Filters.eq("name", "no one"), Updates.set("x", 1), new UpdateOptions().upsert(true));
        });

        read(docs -> {
            assertThat(docs.find(Filters.eq("_id", "count")).first().getInteger("n")).isEqualTo(30);
            assertThat(docs.find(Filters.eq("_id", 7)).first().getString("name")).isEqualTo("Tom Lee");
            assertThat(docs.find(Filters.eq("_id", 8)).first()).isNull();
            assertThat(docs.find(Filters.eq("_id", 9)).first().getString("stage")).isEqualTo("won");
            // an upsert whose _id the server made up comes back under that same _id
            assertThat(docs.find(Filters.eq("name", "no one")).first().get("_id")).isNotNull();
            assertThat(docs.countDocuments()).isEqualTo(50 - 1 + 1 + 1);
        });
    }

    @Test
    void aSecondCrashAfterTheReplayLosesNothingAndDoublesNothing() {
        crashAfter(docs -> incrementTimes(docs, 10));
        crashAfter(docs -> incrementTimes(docs, 5));
        read(docs -> assertThat(docs.find(Filters.eq("_id", "count")).first().getInteger("n")).isEqualTo(15));
    }

    @Test
    void writesFromManyThreadsToOneDocumentReplayInTheOrderTheyHappened() {
        crashAfter(docs -> {
            List<CompletableFuture<Void>> writers = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                writers.add(CompletableFuture.runAsync(() -> incrementTimes(docs, 250), pool));
            }
            writers.forEach(CompletableFuture::join);
        });

        read(docs -> assertThat(docs.find(Filters.eq("_id", "count")).first().getInteger("n")).isEqualTo(1000));
    }

    @Test
    void aCleanStopLeavesEverythingInTheFileAndNothingToReplay() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(data, 0, NO_CHECKPOINT);
             MongoClient client = MongoClients.create(server.connectionString())) {
            incrementTimes(docs(client), 12);
        }
        crashAfter(docs -> { });
        read(docs -> assertThat(docs.find(Filters.eq("_id", "count")).first().getInteger("n")).isEqualTo(12));
    }

    @Test
    void aJournalTheFileAlreadyHoldsIsNotReplayedAgain() throws IOException {
        Path journal = data.resolve(JournalFile.FILE_NAME);
        Path copy = data.resolve("journal-copy");
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(data, 0, NO_CHECKPOINT);
             MongoClient client = MongoClients.create(server.connectionString())) {
            incrementTimes(docs(client), 9);
            Files.copy(journal, copy); // as if the process died after committing the file, before emptying this
        }
        Files.copy(copy, journal, StandardCopyOption.REPLACE_EXISTING);

        read(docs -> assertThat(docs.find(Filters.eq("_id", "count")).first().getInteger("n")).isEqualTo(9));
    }

    @Test
    void aWriteTornByTheCrashIsLeftOutAndTheRestReplayed() throws IOException {
        crashAfter(docs -> incrementTimes(docs, 4));
        Path journal = data.resolve(JournalFile.FILE_NAME);
        long whole = Files.size(journal);
        Files.write(journal, new byte[] {0, 0, 1, 0, 9, 9, 9}, StandardOpenOption.APPEND); // a frame's first bytes

        read(docs -> assertThat(docs.find(Filters.eq("_id", "count")).first().getInteger("n")).isEqualTo(4));
        assertThat(Files.size(journal)).as("the torn bytes are gone with the checkpoint at open")
                .isLessThan(whole);
    }

    @Test
    void aDamagedFrameEndsTheReplayThere() throws IOException {
        crashAfter(docs -> incrementTimes(docs, 3));
        Path journal = data.resolve(JournalFile.FILE_NAME);
        byte[] bytes = Files.readAllBytes(journal);
        bytes[bytes.length - 2] ^= 0x5A; // inside the last frame's payload: its checksum no longer matches
        Files.write(journal, bytes);

        read(docs -> assertThat(docs.find(Filters.eq("_id", "count")).first().getInteger("n")).isEqualTo(2));
    }

    @Test
    void indexesAreCommittedAtOnceAndHoldForReplayedWrites() {
        crashAfter(docs -> {
            docs.createIndex(Indexes.ascending("email"), new IndexOptions().unique(true).name("email"));
            docs.insertOne(new Document("_id", 1).append("email", "jane@acme.example"));
        });

        read(docs -> {
            List<String> names = new ArrayList<>();
            docs.listIndexes().forEach(index -> names.add(index.getString("name")));
            assertThat(names).contains("email");
            assertThatThrownBy(() -> docs.insertOne(new Document("_id", 2).append("email", "jane@acme.example")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        });
    }

    private static void incrementTimes(MongoCollection<Document> docs, int times) {
        for (int i = 0; i < times; i++) {
            docs.updateOne(Filters.eq("_id", "count"), Updates.inc("n", 1), new UpdateOptions().upsert(true));
        }
    }

    /** Runs {@code writes} on a server that is then stopped as a killed process would be. */
    private void crashAfter(Consumer<MongoCollection<Document>> writes) {
        EmbeddedMongoServer server = EmbeddedMongoServer.start(data, 0, NO_CHECKPOINT);
        try (MongoClient client = MongoClients.create(server.connectionString())) {
            writes.accept(docs(client));
        } finally {
            server.crash();
        }
    }

    private void read(Consumer<MongoCollection<Document>> checks) {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(data);
             MongoClient client = MongoClients.create(server.connectionString())) {
            checks.accept(docs(client));
        }
    }

    private static MongoCollection<Document> docs(MongoClient client) {
        return client.getDatabase("journal").getCollection("docs");
    }
}
