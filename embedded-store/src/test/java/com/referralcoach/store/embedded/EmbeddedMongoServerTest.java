package com.referralcoach.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.referralcoach.core.ReferralCoachException;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.PersonName;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import java.time.Clock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EmbeddedMongoServerTest {
    private static final WorkspaceId ACME = new WorkspaceId("T-ACME");

    @Test
    void keepsTheStoreAcrossACleanRestart(@TempDir Path temp) {
        Path data = temp.resolve("nested/data");
        Contact jane = new Contact(ACME, ContactId.random(), new PersonName("Jane Doe"), Optional.of("Acme"),
                Optional.empty(), Optional.empty(), Instant.parse("2025-01-02T03:04:05.678Z"));
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(data);
             MongoClient client = MongoClients.create(server.connectionString())) {
            assertThat(server.connectionString()).startsWith("mongodb://127.0.0.1:");
            MongoCoachStore.open(client.getDatabase("coach"), Clock.systemUTC()).contacts().save(jane);
        }
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(data);
             MongoClient client = MongoClients.create(server.connectionString())) {
            assertThat(MongoCoachStore.open(client.getDatabase("coach"), Clock.systemUTC()).contacts().find(ACME, jane.id()))
                    .contains(jane);
        }
    }

    @Test
    void aSecondOpeningOfTheDirectoryIsRefusedClearly(@TempDir Path data) {
        try (EmbeddedMongoServer first = EmbeddedMongoServer.start(data)) {
            assertThatThrownBy(() -> EmbeddedMongoServer.start(data).close())
                    .isInstanceOf(ReferralCoachException.class)
                    .hasMessageContaining("is in use").hasMessageContaining("MONGODB_URI");
        }
        EmbeddedMongoServer.start(data).close();
    }

    @Test
    void servesOnTheGivenPort(@TempDir Path data) {
        int port;
        try (EmbeddedMongoServer free = EmbeddedMongoServer.start(data.resolve("a"))) {
            port = free.port();
        }
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(data.resolve("b"), port)) {
            assertThat(server.connectionString()).isEqualTo("mongodb://127.0.0.1:" + port);
        }
    }

    @Test
    void concurrentWritersAllLand(@TempDir Path data) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(data);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> docs = client.getDatabase("load").getCollection("docs");
            var futures = IntStream.range(0, 4).mapToObj(w -> writers.submit(() -> IntStream.range(0, 50)
                    .forEach(i -> docs.insertOne(new Document("_id", w * 1000 + i))))).toList();
            for (Future<?> future : futures) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            writers.shutdownNow();
        }
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(data);
             MongoClient client = MongoClients.create(server.connectionString())) {
            assertThat(client.getDatabase("load").getCollection("docs").countDocuments()).isEqualTo(200);
        }
    }
}
