package com.referralcoach.store.embedded;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;
import static com.mongodb.client.model.Indexes.ascending;
import static com.mongodb.client.model.Indexes.compoundIndex;
import static com.mongodb.client.model.Indexes.descending;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server answers a query served by a non-unique index exactly as a plain scan answers it: the same
 * documents, in the same order, after inserts, updates that move a document between keys, and deletes, and again
 * after the H2 file is reopened (the index is rebuilt from the documents).
 */
class EqualityIndexTest {
    private final List<AutoCloseable> open = new ArrayList<>();

    @TempDir
    Path data;

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable closeable : open) {
            closeable.close();
        }
    }

    @Test
    void indexedMemoryServerAnswersLikeAScan() {
        MongoCollection<Document> plain = collection(new MemoryBackend());
        MongoCollection<Document> indexed = collection(new IndexedMemoryBackend());
        fillAndChange(plain, indexed);
        assertSameAnswers(plain, indexed);
    }

    @Test
    void embeddedFileServerAnswersLikeAScanAlsoAfterReopening() {
        MongoCollection<Document> plain = collection(new MemoryBackend());
        try (EmbeddedMongoServer first = EmbeddedMongoServer.start(data)) {
            MongoCollection<Document> indexed = client(first.connectionString());
            fillAndChange(plain, indexed);
            assertSameAnswers(plain, indexed);
        }

        MongoCollection<Document> reopened = collection(EmbeddedMongoServer.start(data));
        assertSameAnswers(plain, reopened);
        reopened.insertOne(new Document("_id", "late").append("ws", "W1").append("rep", "r1").append("contact", "c1")
                .append("at", 5000).append("tags", List.of("x")));
        plain.insertOne(new Document("_id", "late").append("ws", "W1").append("rep", "r1").append("contact", "c1")
                .append("at", 5000).append("tags", List.of("x")));
        assertSameAnswers(plain, reopened);
    }

    private static void fillAndChange(MongoCollection<Document> plain, MongoCollection<Document> indexed) {
        for (MongoCollection<Document> collection : List.of(plain, indexed)) {
            collection.createIndex(compoundIndex(ascending("ws", "rep", "contact"), descending("at")),
                    new IndexOptions().name("ws_rep_contact_at"));
            collection.createIndex(ascending("ws", "rep"), new IndexOptions().name("ws_rep"));
            collection.createIndex(ascending("ws", "tags"), new IndexOptions().name("ws_tags"));
            collection.createIndex(ascending("n"), new IndexOptions().name("n"));
        }
        Random random = new Random(7);
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            Document document = new Document("_id", "d" + i).append("ws", "W" + random.nextInt(2))
                    .append("rep", "r" + random.nextInt(4)).append("at", random.nextInt(10_000))
                    .append("tags", List.of("t" + random.nextInt(5), "u" + random.nextInt(3)));
            if (random.nextInt(10) > 0) {
                document.append("contact", "c" + random.nextInt(30));
            }
            // numbers of different BSON types that equality treats as one value
            document.append("n", random.nextBoolean() ? (Object) random.nextInt(3) : (Object) (double) random.nextInt(3));
            documents.add(document);
        }
        for (MongoCollection<Document> collection : List.of(plain, indexed)) {
            collection.insertMany(documents);
            collection.updateMany(eq("rep", "r1"), Updates.set("contact", "c99"));
            collection.updateOne(eq("_id", "d5"), Updates.set("ws", "W9"));
            collection.updateMany(eq("contact", "c3"), Updates.set("tags", List.of("moved")));
            collection.deleteMany(and(eq("ws", "W0"), eq("rep", "r2"), gte("at", 5000)));
            collection.replaceOne(eq("_id", "d7"), new Document("_id", "d7").append("ws", "W1").append("rep", "r0"));
        }
    }

    private static void assertSameAnswers(MongoCollection<Document> plain, MongoCollection<Document> indexed) {
        Bson byTime = Sorts.descending("at", "_id");
        List<Bson> queries = new ArrayList<>();
        for (String ws : List.of("W0", "W1", "W9", "none")) {
            for (int rep = 0; rep < 5; rep++) {
                queries.add(and(eq("ws", ws), eq("rep", "r" + rep)));
                for (int contact : List.of(0, 3, 7, 99)) {
                    queries.add(and(eq("ws", ws), eq("rep", "r" + rep), eq("contact", "c" + contact)));
                    queries.add(and(eq("ws", ws), eq("rep", "r" + rep), eq("contact", "c" + contact),
                            gte("at", 2500)));
                }
            }
            queries.add(and(eq("ws", ws), in("rep", "r0", "r3")));
            queries.add(and(eq("ws", ws), eq("tags", "t1")));
            queries.add(and(eq("ws", ws), in("tags", "moved", "u2")));
            queries.add(and(eq("ws", ws), eq("contact", null)));
            queries.add(and(eq("ws", ws), regex("rep", "^r[12]")));
            queries.add(and(eq("ws", ws), or(eq("rep", "r1"), eq("rep", "r2"))));
            queries.add(new Document("ws", ws).append("rep", "r1"));
        }
        queries.add(eq("n", 1));
        queries.add(eq("n", 2.0));
        queries.add(in("n", 0, 2L));
        for (Bson query : queries) {
            assertThat(ids(indexed, query, byTime)).as(query.toString()).isEqualTo(ids(plain, query, byTime));
        }
        assertThat(ids(indexed, and(eq("ws", "W1"), eq("rep", "r0")), byTime)).isNotEmpty();
    }

    private static List<Object> ids(MongoCollection<Document> collection, Bson query, Bson sort) {
        return collection.find(query).sort(sort).map(d -> d.get("_id")).into(new ArrayList<>());
    }

    private MongoCollection<Document> collection(de.bwaldvogel.mongo.MongoBackend backend) {
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        open.add(server::shutdownNow);
        return client("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
    }

    private MongoCollection<Document> collection(EmbeddedMongoServer server) {
        open.add(server);
        return client(server.connectionString());
    }

    private MongoCollection<Document> client(String connectionString) {
        MongoClient client = MongoClients.create(connectionString);
        open.add(client);
        return client.getDatabase("t").getCollection("c");
    }
}
