package com.referralcoach.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * "The latest 20 meetings with this person", read in the order an index keeps ({@link IndexOrder}): every pipeline
 * gives what the server's own find, sort and limit give, through inserts, moves, deletes, ties, missing values and
 * a restart.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class IndexOrderTest {
    private static final List<Document> SORTS = List.of(new Document("endsAt", -1).append("_id", -1),
            new Document("endsAt", 1).append("_id", 1), new Document("endsAt", -1).append("_id", 1),
            new Document("_id", -1).append("endsAt", -1), new Document("endsAt", -1));
    private static final List<Document> QUERIES = List.of(
            new Document("ws", "T1").append("rep", "U1").append("contact", "C1"),
            new Document("ws", "T1").append("rep", "U1").append("contact", "C2").append("status", "OPEN"),
            new Document("ws", "T1").append("rep", "U1").append("contact", "C-NOBODY"),
            new Document("ws", "T1").append("rep", "U1").append("contact", new Document("$in", List.of("C1", "C2"))),
            new Document("ws", "T1").append("rep", "U1"));

    @TempDir
    Path data;
    private EmbeddedMongoServer server;
    private MongoClient client;

    @BeforeEach
    void start() {
        open();
        MongoCollection<Document> meetings = meetings();
        meetings.createIndex(Indexes.compoundIndex(Indexes.ascending("ws", "rep", "contact"),
                Indexes.descending("endsAt", "_id")));
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            Document meeting = new Document("_id", "m" + random.nextInt(100_000) + "-" + i).append("ws", "T1")
                    .append("rep", i % 7 == 0 ? "U2" : "U1").append("contact", "C" + (i % 3))
                    .append("status", i % 2 == 0 ? "OPEN" : "DONE");
            if (i % 11 != 0) {
                // few distinct ends, so many meetings tie and _id decides
                meeting.append("endsAt", new Date(1_700_000_000_000L + 60_000L * random.nextInt(40)));
            } else if (i % 22 == 0) {
                meeting.append("endsAt", null);
            }
            meetings.insertOne(meeting);
        }
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void everySortAndLimitGivesWhatTheServersFindGives() {
        assertAllAgree();
    }

    @Test
    void movedDeletedAndNewMeetingsTakeTheirPlacesInAnOrderAlreadyRead() {
        assertAllAgree();
        MongoCollection<Document> meetings = meetings();
        List<Document> some = meetings.find(new Document("contact", "C1")).limit(40).into(new ArrayList<>());
        for (int i = 0; i < some.size(); i++) {
            Object id = some.get(i).get("_id");
            if (i % 3 == 0) {
                meetings.deleteOne(new Document("_id", id));
            } else if (i % 3 == 1) {
                meetings.updateOne(new Document("_id", id), new Document("$set",
                        new Document("endsAt", new Date(1_800_000_000_000L + i))));
            } else {
                meetings.updateOne(new Document("_id", id), new Document("$set", new Document("contact", "C2")));
            }
            meetings.insertOne(new Document("_id", "new" + i).append("ws", "T1").append("rep", "U1")
                    .append("contact", "C" + (i % 3)).append("status", "OPEN")
                    .append("endsAt", new Date(1_700_000_000_000L + 60_000L * (i % 40))));
        }
        assertAllAgree();
    }

    @Test
    void theOrderIsRebuiltWhenTheStoreOpensAgain() {
        client.close();
        server.close();
        open();
        assertAllAgree();
    }

    @Test
    void aMeetingWithSeveralEndsStillSortsAsTheServerSortsIt() {
        meetings().insertOne(new Document("_id", "odd").append("ws", "T1").append("rep", "U1").append("contact", "C1")
                .append("endsAt", List.of(new Date(1_600_000_000_000L), new Date(1_900_000_000_000L))));
        assertAllAgree();
    }

    private void assertAllAgree() {
        for (Document query : QUERIES) {
            for (Document sort : SORTS) {
                for (int limit : new int[] {0, 1, 5, 20, 1000}) {
                    List<Document> stages = new ArrayList<>(List.of(new Document("$match", query),
                            new Document("$sort", sort)));
                    if (limit > 0) {
                        stages.add(new Document("$limit", limit));
                    }
                    stages.add(new Document("$addFields", new Document("tag", 1)));
                    List<Document> piped = meetings().aggregate(stages).into(new ArrayList<>());
                    List<Document> found = meetings().find(query).sort(sort).limit(limit).into(new ArrayList<>());
                    found.forEach(document -> document.append("tag", 1));
                    assertThat(piped).as("%s sorted %s, limit %d", query.toJson(), sort.toJson(), limit)
                            .isEqualTo(found);
                }
            }
        }
    }

    private void open() {
        server = EmbeddedMongoServer.start(data);
        client = MongoClients.create(server.connectionString());
    }

    private MongoCollection<Document> meetings() {
        return client.getDatabase("orders").getCollection("meetings");
    }
}
