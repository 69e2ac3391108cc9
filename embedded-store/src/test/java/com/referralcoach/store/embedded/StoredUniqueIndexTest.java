package com.referralcoach.store.embedded;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.backend.KeyValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unique indexes in the embedded store's file: found by their keys, refusing duplicates, across restarts, their keys
 * kept in our own maps ({@link KeyValueType}); a build a crash cut short is built again.
 */
class StoredUniqueIndexTest {
    @TempDir
    Path data;

    @Test
    void uniqueRulesHoldAcrossRestartsWithTheirKeysInOurMaps() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(data);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> people = client.getDatabase("coach").getCollection("people");
            people.createIndex(Indexes.ascending("_id", "ws"), new IndexOptions().unique(true).name("id_ws"));
            people.createIndex(Indexes.ascending("email"), new IndexOptions().unique(true).name("email"));
            people.insertMany(people(0, 300));
        }
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(data);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> people = client.getDatabase("coach").getCollection("people");
            assertUniqueRulesHold(people);
            people.insertMany(people(300, 400));
        }
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(data);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> people = client.getDatabase("coach").getCollection("people");
            assertUniqueRulesHold(people);
            assertThat(people.countDocuments()).isEqualTo(400);
            assertThat(people.find(new Document("_id", "p351").append("ws", "W1")).first()).isNotNull();
        }
        assertThat(mapNames()).noneMatch(name -> name.contains("._index_")).anyMatch(name -> name.endsWith("._keys_email"));
    }

    @Test
    void anIndexBuildACrashCutShortIsBuiltAgainOnTheNextOpening() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(data);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> people = client.getDatabase("coach").getCollection("people");
            people.createIndex(Indexes.ascending("_id", "ws"), new IndexOptions().unique(true).name("id_ws"));
            people.createIndex(Indexes.ascending("email"), new IndexOptions().unique(true).name("email"));
            people.insertMany(people(0, 300));
        }
        // As if the process died while the email index was being built: half its keys, and not marked whole.
        MVStore file = new MVStore.Builder().fileName(data.resolve(EmbeddedMongoServer.FILE_NAME).toString()).open();
        String emails = file.getMapNames().stream().filter(name -> name.endsWith(IndexedH2Database.KEYS + "email"))
                .findFirst().orElseThrow();
        MVMap<KeyValue, Object> keys = file.openMap(emails,
                new MVMap.Builder<KeyValue, Object>().keyType(new KeyValueType()));
        List<KeyValue> half = new ArrayList<>(keys.keySet()).subList(0, 150);
        half.forEach(keys::remove);
        file.openMap(IndexedH2Database.BUILT).remove(emails);
        file.close();

        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(data);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> people = client.getDatabase("coach").getCollection("people");
            assertUniqueRulesHold(people);
            for (int n = 0; n < 300; n += 37) {
                assertThat(people.find(eq("email", "p" + n + "@example.com")).first()).containsEntry("n", n);
            }
        }
    }

    @Test
    void aRangeOfNumbersIsAnsweredWithItsBoundsAsAskedAndNothingButNumbers() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(data);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> slots = client.getDatabase("coach").getCollection("slots");
            for (long key = 0; key < 40; key += 2) {
                slots.insertOne(new Document("_id", key));
            }
            slots.insertOne(new Document("_id", 13)); // an int among the longs
            slots.insertOne(new Document("_id", 14.5));
            slots.insertOne(new Document("_id", "watermark"));

            assertThat(ids(slots, new Document("$gte", 10L).append("$lt", 16L))).containsExactly(10L, 12L, 13, 14L,
                    14.5);
            assertThat(ids(slots, new Document("$gt", 10).append("$lte", 16))).containsExactly(12L, 13, 14L, 14.5,
                    16L);
            assertThat(ids(slots, new Document("$gte", 38L).append("$lt", 1_000L))).containsExactly(38L);
            assertThat(ids(slots, new Document("$gte", 41L).append("$lt", 50L))).isEmpty();
            // not a range of numbers: answered by the library as before
            assertThat(ids(slots, new Document("$gte", "w").append("$lt", "x"))).containsExactly("watermark");
            assertThat(ids(slots, new Document("$in", List.of(4L, "watermark")))).containsExactly(4L, "watermark");
        }
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(data);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> slots = client.getDatabase("coach").getCollection("slots");
            slots.deleteOne(eq("_id", 12L));
            assertThat(ids(slots, new Document("$gte", 10L).append("$lt", 14L))).as("after a restart and a delete")
                    .containsExactly(10L, 13);
        }
    }

    private static List<Object> ids(MongoCollection<Document> collection, Document condition) {
        List<Object> ids = new ArrayList<>();
        collection.find(new Document("_id", condition)).sort(new Document("_id", 1))
                .forEach(d -> ids.add(d.get("_id")));
        return ids;
    }

    private static void assertUniqueRulesHold(MongoCollection<Document> people) {
        assertThat(people.find(new Document("_id", "p42").append("ws", "W0")).first()).containsEntry("n", 42);
        assertThat(people.find(eq("_id", "p7")).first()).containsEntry("email", "p7@example.com");
        assertThat(people.find(eq("email", "p99@example.com")).first()).containsEntry("_id", "p99");
        assertThatThrownBy(() -> people.insertOne(new Document("_id", "dup").append("ws", "W0")
                .append("email", "p5@example.com")))
                .isInstanceOfSatisfying(MongoWriteException.class,
                        e -> assertThat(e.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY));
        assertThatThrownBy(() -> people.insertOne(new Document("_id", "p5").append("ws", "W1")))
                .isInstanceOf(MongoWriteException.class);
    }

    private static List<Document> people(int from, int to) {
        List<Document> people = new ArrayList<>();
        for (int n = from; n < to; n++) {
            people.add(new Document("_id", "p" + n).append("ws", "W" + n % 2).append("n", n)
                    .append("email", "p" + n + "@example.com").append("at", new Date(n * 1000L)));
        }
        return people;
    }

    private List<String> mapNames() {
        MVStore file = new MVStore.Builder().fileName(data.resolve(EmbeddedMongoServer.FILE_NAME).toString())
                .readOnly().open();
        try {
            return new ArrayList<>(file.getMapNames());
        } finally {
            file.close();
        }
    }
}
