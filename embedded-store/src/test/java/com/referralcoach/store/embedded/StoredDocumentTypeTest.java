package com.referralcoach.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.BsonBinarySubType;
import org.bson.BsonTimestamp;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.MaxKey;
import org.bson.types.MinKey;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents kept as BSON in the embedded store's file come back exactly as written, every BSON type included, after
 * a restart.
 */
class StoredDocumentTypeTest {
    @TempDir
    Path data;

    @Test
    void everyKindOfValueComesBackExactlyAfterARestart() {
        Document written = everyKind("all");
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(data);
             MongoClient client = MongoClients.create(server.connectionString())) {
            client.getDatabase("coach").getCollection("things").insertOne(written);
        }
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(data);
             MongoClient client = MongoClients.create(server.connectionString())) {
            Document read = client.getDatabase("coach").getCollection("things").find(Filters.eq("_id", "all"))
                    .first();
            assertThat(read).isEqualTo(written);
            assertThat(new ArrayList<>(read.keySet())).containsExactlyElementsOf(written.keySet());
        }
    }

    private static Document everyKind(String id) {
        return new Document("_id", id)
                .append("text", "Jane Doe <!channel> & ünïcødé ✓")
                .append("empty", "")
                .append("int", 42)
                .append("long", 9_007_199_254_740_993L)
                .append("double", 0.1)
                .append("yes", true)
                .append("nothing", null)
                .append("at", new Date(1_795_000_000_123L))
                .append("objectId", new ObjectId("65a1b2c3d4e5f60718293a4b"))
                .append("uuid", new Binary(BsonBinarySubType.UUID_STANDARD, new byte[] {0x12, 0x3e, 0x45, 0x67,
                        (byte) 0xe8, (byte) 0x9b, 0x12, (byte) 0xd3, (byte) 0xa4, 0x56, 0x42, 0x66, 0x14, 0x17, 0x40, 0}))
                .append("bytes", new Binary(new byte[] {0, 1, 2, (byte) 0xB5}))
                .append("decimal", Decimal128.parse("12.50"))
                .append("timestamp", new BsonTimestamp(1_700_000_000, 3))
                .append("min", new MinKey())
                .append("max", new MaxKey())
                .append("list", List.of(1, "two", new Document("three", 3), List.of()))
                .append("nested", new Document("deeper", new Document("deepest", List.of(new Date(0L)))));
    }
}
