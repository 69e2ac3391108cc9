package com.referralcoach.core.store.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.referralcoach.store.embedded.EmbeddedMongoServer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.bson.Document;

/**
 * By hand, not a test: what the embedded store costs for the four commands a meeting sends, with nothing of the
 * bot's around them. Each set is a find of a rep by id (where the meeting's read-ahead aggregate stands), a
 * findOneAndUpdate upserting a small meeting, an insert of a small undo record and an upserting {@code $inc} of a
 * tally, through the official driver to the store as shipped (H2 file, every write journaled and forced). Prints
 * each round's sets per second and the process's CPU per set (driver, server, journal, kernel), then the medians
 * of the second half of the rounds. Arguments: threads (4), sets per round (3000), rounds (10).
 */
public final class CommandCostBenchmark {
    private CommandCostBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<Double> rates = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(Files.createTempDirectory("command-cost"));
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoDatabase database = client.getDatabase("bench");
            MongoCollection<Document> reps = database.getCollection("reps");
            for (int rep = 0; rep < 50; rep++) {
                reps.insertOne(new Document("_id", "T1/r" + rep).append("ws", "T1").append("name", "Rep " + rep)
                        .append("zone", "UTC"));
            }
            for (int round = 0; round < rounds; round++) {
                long cpuBefore = os.getProcessCpuTime();
                long started = System.nanoTime();
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                int first = round * perRound;
                for (int lane = 0; lane < threads; lane++) {
                    int start = lane;
                    pool.execute(() -> {
                        for (int i = start; i < perRound; i += threads) {
                            oneMeeting(database, first + i);
                        }
                    });
                }
                pool.shutdown();
                if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("a round took over 10 minutes");
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                double cpuMicros = (os.getProcessCpuTime() - cpuBefore) / 1e3 / perRound;
                rates.add(perRound / seconds);
                cpu.add(cpuMicros);
                System.out.printf("round %d: %.0f sets/s, %.0f us of CPU a set%n", round, perRound / seconds,
                        cpuMicros);
            }
        }
        System.out.printf("median of rounds %d-%d: %.0f sets/s, %.0f us of CPU a set of four commands (%d threads)%n",
                rounds / 2, rounds - 1, median(rates.subList(rounds / 2, rounds)),
                median(cpu.subList(rounds / 2, rounds)), threads);
        System.exit(0);
    }

    private static void oneMeeting(MongoDatabase database, int n) {
        String rep = "T1/r" + n % 50;
        database.getCollection("reps").find(Filters.eq("_id", rep)).first();
        database.getCollection("meetings").findOneAndUpdate(Filters.eq("_id", "m" + n),
                Updates.combine(Updates.set("ws", "T1"), Updates.set("rep", rep), Updates.set("topic", "rollout " + n),
                        Updates.set("endsAt", new Date())),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        database.getCollection("changes").insertOne(new Document("_id", "c" + n).append("ws", "T1")
                .append("rep", rep).append("collection", "meetings").append("doc", "m" + n));
        database.getCollection("tallies").updateOne(Filters.eq("_id", rep + "/meetings"), Updates.inc("count", 1),
                new UpdateOptions().upsert(true));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
