package com.referralcoach.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store whose documents were rewritten many times leaves its file mostly unused pages; a clean close gives that
 * space back, and every document, index and later write is as before.
 */
class EmbeddedStoreCompactionTest {
    private static final Duration OFTEN = Duration.ofMillis(10);
    private static final int PEOPLE = 200;
    private static final int ROUNDS = 8;

    @TempDir
    Path data;

    @Test
    void aCleanCloseGivesBackTheSpaceOfRewrittenDocumentsAndKeepsEveryDocument() {
        long grown;
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(data, 0, OFTEN);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> people = client.getDatabase("coach").getCollection("people");
            people.createIndex(Indexes.ascending("email"), new IndexOptions().unique(true));
            List<Document> first = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                first.add(new Document("_id", i).append("email", "p" + i + "@acme.test").append("notes", notes(0)));
            }
            people.insertMany(first);
            for (int round = 1; round <= ROUNDS; round++) {
                long before = server.file().toFile().length();
                List<UpdateOneModel<Document>> rewrites = new ArrayList<>();
                for (int i = 0; i < PEOPLE; i++) {
                    rewrites.add(new UpdateOneModel<>(Filters.eq("_id", i), Updates.set("notes", notes(round))));
                }
                people.bulkWrite(rewrites);
                // Each round reaches the file in a checkpoint of its own, so old pages pile up as they would.
                await().atMost(Duration.ofSeconds(30)).until(() -> server.file().toFile().length() > before);
            }
            grown = server.file().toFile().length();
        }
        long compacted = data.resolve(EmbeddedMongoServer.FILE_NAME).toFile().length();

        assertThat(compacted).as("file after the close, against %,d bytes before", grown).isLessThan(grown / 2);
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(data, 0, OFTEN);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> people = client.getDatabase("coach").getCollection("people");
            assertThat(people.countDocuments()).isEqualTo(PEOPLE);
            for (int i = 0; i < PEOPLE; i += 37) {
                assertThat(people.find(Filters.eq("_id", i)).first().getString("notes")).isEqualTo(notes(ROUNDS));
            }
            assertThat(people.find(Filters.eq("email", "p42@acme.test")).first().getInteger("_id")).isEqualTo(42);
            assertThatThrownBy(() -> people.insertOne(new Document("_id", -1).append("email", "p7@acme.test")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            people.updateOne(Filters.eq("_id", 7), Updates.set("notes", "met at the expo"));
            assertThat(people.find(Filters.eq("_id", 7)).first().getString("notes")).isEqualTo("met at the expo");
        }
    }

    private static String notes(int round) {
        return ("round " + round + ": asked about the rollout, the renewal and who else runs payroll. ").repeat(20);
    }
}
