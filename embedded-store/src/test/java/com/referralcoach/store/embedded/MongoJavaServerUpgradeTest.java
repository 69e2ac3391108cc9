package com.referralcoach.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fails loudly when a mongo-java-server upgrade changes what this module relies on: the library's constructors call
 * methods we override (a backend opens its databases, a database its collections and indexes, before our fields are
 * set), and its collections route every document change through the three methods {@link JournaledH2Collection}
 * overrides. A change there would not break the build; it would silently leave writes out of the journal or indexes
 * out of our key maps. The port contract suites on this backend ({@code contracts}) check the rest.
 */
class MongoJavaServerUpgradeTest {
    /** The version these internals were read and checked against. */
    private static final String CHECKED = "1.47.0";
    private static final Duration NO_CHECKPOINT = Duration.ofHours(1);

    @TempDir
    Path data;

    @Test
    void theLibraryIsTheVersionWhoseInternalsWereChecked() {
        String jar = H2Backend.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        Matcher version = Pattern.compile("-(\\d+\\.\\d+\\.\\d+)\\.jar$").matcher(jar);
        assertThat(version.find()).as("the version in %s", jar).isTrue();
        assertThat(version.group(1)).as("""
                mongo-java-server was upgraded. Before changing CHECKED, read the new H2Backend, H2Database, \
                AbstractMongoDatabase, H2Collection and AbstractUniqueIndex: does each constructor still open \
                databases, collections and indexes through the methods this module overrides, and does every \
                document change still pass addDocumentInternal, handleUpdate or removeDocument? \
                See docs/design/embedded-store.md""").isEqualTo(CHECKED);
    }

    @Test
    void everyWriteCommandOnACollectionOpenedByTheConstructorReachesTheJournal() {
        run(docs -> docs.insertOne(new Document("_id", 0).append("n", 0)));
        crashAfter(docs -> {
            docs.insertMany(List.of(new Document("_id", 1).append("n", 1), new Document("_id", 2).append("n", 2),
                    new Document("_id", 3).append("n", 3), new Document("_id", 4).append("n", 4)));
            docs.replaceOne(Filters.eq("_id", 1), new Document("n", 10));
            docs.updateMany(Filters.in("_id", 2, 3), Updates.inc("n", 100));
            docs.findOneAndDelete(Filters.eq("_id", 4));
            docs.findOneAndReplace(Filters.eq("_id", 0), new Document("n", -1));
            docs.bulkWrite(List.of(new InsertOneModel<>(new Document("_id", 5).append("n", 5)),
                    new UpdateOneModel<>(Filters.eq("_id", 5), Updates.set("n", 50)),
                    new ReplaceOneModel<>(Filters.eq("_id", 3), new Document("n", 30)),
                    new DeleteOneModel<>(Filters.eq("_id", 2))));
            docs.deleteMany(Filters.eq("n", 50));
        });

        run(docs -> assertThat(docs.find().sort(Indexes.ascending("_id")).into(new ArrayList<>()))
                .containsExactly(new Document("_id", 0).append("n", -1), new Document("_id", 1).append("n", 10),
                        new Document("_id", 3).append("n", 30)));
    }

    @Test
    void indexesOpenedByTheConstructorAreOurs() {
        run(docs -> {
            docs.createIndex(Indexes.ascending("email"), new IndexOptions().unique(true).name("email"));
            docs.createIndex(Indexes.ascending("ws", "stage"), new IndexOptions().name("ws_stage"));
            docs.insertOne(new Document("_id", 1).append("email", "jane@acme.example").append("ws", "T1"));
        });

        try (MVStore file = new MVStore.Builder().fileName(data.resolve(EmbeddedMongoServer.FILE_NAME).toString())
                .readOnly().open()) {
            assertThat(file.getMapNames()).as("unique keys in our maps, not the library's Java-serialized ones")
                    .anyMatch(name -> name.endsWith(IndexedH2Database.KEYS + "email"))
                    .noneMatch(name -> name.contains("._index_"));
        }
        run(docs -> {
            assertThatThrownBy(() -> docs.insertOne(new Document("_id", 2).append("email", "jane@acme.example")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            assertThat(docs.find(Filters.and(Filters.eq("ws", "T1"), Filters.eq("stage", null)))
                    .into(new ArrayList<>())).hasSize(1);
        });
    }

    private void run(Consumer<MongoCollection<Document>> work) {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(data);
             MongoClient client = MongoClients.create(server.connectionString())) {
            work.accept(client.getDatabase("unique").getCollection("docs"));
        }
    }

    private void crashAfter(Consumer<MongoCollection<Document>> writes) {
        EmbeddedMongoServer server = EmbeddedMongoServer.start(data, 0, NO_CHECKPOINT);
        try (MongoClient client = MongoClients.create(server.connectionString())) {
            writes.accept(client.getDatabase("unique").getCollection("docs"));
        } finally {
            server.crash();
        }
    }
}
