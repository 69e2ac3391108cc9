package com.referralcoach.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Aggregates on the shipped store: {@code $unionWith}, and pipelines opened by an indexed {@code $match}. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class IndexedPipelineTest {
    private EmbeddedMongoServer server;
    private MongoClient client;
    private MongoDatabase database;

    @BeforeEach
    void start(@TempDir Path data) {
        server = EmbeddedMongoServer.start(data);
        client = MongoClients.create(server.connectionString());
        database = client.getDatabase("pipelines");
        MongoCollection<Document> meetings = database.getCollection("meetings");
        meetings.createIndex(Indexes.ascending("ws", "rep"));
        for (int i = 0; i < 6; i++) {
            meetings.insertOne(new Document("_id", "m" + i).append("ws", i % 2 == 0 ? "T1" : "T2")
                    .append("rep", "U1").append("n", i));
        }
        database.getCollection("asks").insertOne(new Document("_id", "a1").append("ws", "T1").append("n", 10));
        database.getCollection("asks").insertOne(new Document("_id", "a2").append("ws", "T2").append("n", 11));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void aMatchFirstPipelineGivesWhatTheQueryGives() {
        List<Document> piped = database.getCollection("meetings").aggregate(List.of(
                new Document("$match", new Document("ws", "T1").append("rep", "U1")),
                new Document("$sort", new Document("n", -1)),
                new Document("$limit", 2))).into(new ArrayList<>());

        assertThat(piped).isEqualTo(database.getCollection("meetings").find(new Document("ws", "T1")
                .append("rep", "U1")).sort(new Document("n", -1)).limit(2).into(new ArrayList<>()));
        assertThat(piped).extracting(d -> d.get("_id")).containsExactly("m4", "m2");
    }

    @Test
    void unionWithAddsEachOtherCollectionsPipelineInOrder() {
        List<Document> piped = database.getCollection("meetings").aggregate(List.of(
                new Document("$match", new Document("ws", "T1")),
                new Document("$sort", new Document("n", 1)),
                new Document("$addFields", new Document("from", 0)),
                new Document("$unionWith", new Document("coll", "asks").append("pipeline", List.of(
                        new Document("$match", new Document("ws", "T1")),
                        new Document("$addFields", new Document("from", 1))))),
                new Document("$unionWith", new Document("coll", "nothing-here").append("pipeline", List.of(
                        new Document("$match", new Document("ws", "T1"))))),
                new Document("$unionWith", "asks"))).into(new ArrayList<>());

        assertThat(piped).extracting(d -> d.get("_id") + "/" + d.get("from"))
                .containsExactly("m0/0", "m2/0", "m4/0", "a1/1", "a1/null", "a2/null");
    }

    @Test
    void stagesAfterAUnionSeeEveryDocumentBeforeThem() {
        List<Document> piped = database.getCollection("asks").aggregate(List.of(
                new Document("$match", new Document("ws", "T2")),
                new Document("$unionWith", new Document("coll", "meetings").append("pipeline", List.of(
                        new Document("$match", new Document("ws", "T2"))))),
                new Document("$group", new Document("_id", "$ws").append("total", new Document("$sum", "$n")))))
                .into(new ArrayList<>());

        assertThat(piped).containsExactly(new Document("_id", "T2").append("total", 11 + 1 + 3 + 5));
    }

    @Test
    void otherPipelinesAreTheLibrarysAsBefore() {
        List<Document> piped = database.getCollection("meetings").aggregate(List.of(
                new Document("$group", new Document("_id", "$ws").append("count", new Document("$sum", 1))),
                new Document("$sort", new Document("_id", 1)))).into(new ArrayList<>());

        assertThat(piped).containsExactly(new Document("_id", "T1").append("count", 3),
                new Document("_id", "T2").append("count", 3));
    }
}
