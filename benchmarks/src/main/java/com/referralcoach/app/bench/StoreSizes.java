package com.referralcoach.app.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.bson.BsonDocument;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;

/**
 * By hand, not a test. What fills the store at the end of a simulation: the size of its files, the live documents per collection, and
 * what the undo journal's records hold, by the collection each write touched.
 */
final class StoreSizes {
    /** Documents per reply: the embedded server does not cut a reply at MongoDB's 16 MB, and the driver refuses 48. */
    private static final int BATCH = 1_000;

    private StoreSizes() {
    }

    /** By hand: what fills the embedded store in the data directory {@code args[0]} (no bot may have it open). */
    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        try (com.referralcoach.store.embedded.EmbeddedMongoServer server =
                     com.referralcoach.store.embedded.EmbeddedMongoServer.start(dir)) {
            print(server.connectionString(), dir);
        }
    }

    static void print(String connectionString, Path dir) {
        System.out.printf("store files: %d MB in %s%n", folderBytes(dir) >> 20, dir);
        try (MongoClient client = MongoClients.create(connectionString)) {
            for (String name : client.listDatabaseNames()) {
                MongoDatabase database = client.getDatabase(name);
                Map<String, long[]> live = new TreeMap<>();
                for (String collection : database.listCollectionNames()) {
                    long[] countAndBytes = new long[2];
                    for (RawBsonDocument document : database.getCollection(collection, RawBsonDocument.class).find()
                            .batchSize(BATCH)) {
                        countAndBytes[0]++;
                        countAndBytes[1] += document.getByteBuffer().remaining();
                    }
                    live.put(collection, countAndBytes);
                }
                System.out.printf("database %s, live documents: %s%n", name, describe(live));
                if (live.containsKey("changes")) {
                    System.out.printf("  undo records' writes by collection: %s%n", describe(undoWrites(database)));
                }
            }
        }
    }

    private static Map<String, long[]> undoWrites(MongoDatabase database) {
        Map<String, long[]> byCollection = new TreeMap<>();
        for (RawBsonDocument change : database.getCollection("changes", RawBsonDocument.class).find()
                .batchSize(BATCH)) {
            List<BsonDocument> writes = change.getArray("writes").stream().map(v -> v.asDocument()).toList();
            for (BsonDocument write : writes) {
                long[] countAndBytes = byCollection.computeIfAbsent(write.getString("c").getValue(), c -> new long[2]);
                countAndBytes[0]++;
                countAndBytes[1] += new RawBsonDocument(write, new BsonDocumentCodec()).getByteBuffer().remaining();
            }
        }
        return byCollection;
    }

    private static String describe(Map<String, long[]> countsAndBytes) {
        StringBuilder text = new StringBuilder();
        countsAndBytes.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                .forEach(e -> text.append(String.format("%n    %-22s %,9d docs %,9d KB (%,d B each)", e.getKey(),
                        e.getValue()[0], e.getValue()[1] >> 10,
                        e.getValue()[0] == 0 ? 0 : e.getValue()[1] / e.getValue()[0])));
        return text.toString();
    }

    private static long folderBytes(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
