package com.referralcoach.core.store.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.ReminderId;
import com.referralcoach.core.domain.ReminderKind;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ReminderQueue;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import java.time.Clock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * By hand, not a test: drains due reminders from the embedded H2 file store and prints deliveries per second.
 * {@code mvn -q -pl bot-core,bot-app -am test-compile}, then run with the test classpath:
 * {@code java -cp ... com.referralcoach.core.store.embedded.ReminderQueueProbe [due=10000] [future=0] [sent=0]}.
 */
final class ReminderQueueProbe {
    private static final WorkspaceId WS = new WorkspaceId("T-PROBE");
    private static final int BATCH = 500;

    private ReminderQueueProbe() {
    }

    public static void main(String[] args) throws Exception {
        int due = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int future = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        int sent = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        Path dir = Files.createTempDirectory("reminder-probe");
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dir);
             MongoClient client = MongoClients.create(server.connectionString())) {
            ReminderQueue queue = MongoCoachStore.open(client.getDatabase("coach"), Clock.systemUTC()).reminders();
            Instant start = Instant.now();
            seed(queue, "sent", sent, i -> start.minusSeconds(600));
            drain(queue, "sent (seeding)");
            seed(queue, "future", future, i -> start.plus(Duration.ofMinutes(10 + i % (60 * 24 * 30))));
            seed(queue, "due", due, i -> Instant.now().minusSeconds(1));
            drain(queue, "due");
        }
    }

    private static void seed(ReminderQueue queue, String name, int count, IntFunction<Instant> dueAt)
            throws InterruptedException {
        if (count == 0) {
            return;
        }
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        IntStream.range(0, count).forEach(i -> pool.execute(() -> queue.schedule(Reminder.pending(WS,
                ReminderId.of(name + i), new RepId("U-" + i % 500), ReminderKind.THANK_REFERRER, Optional.empty(),
                Optional.empty(), Optional.empty(), dueAt.apply(i), Instant.now()))));
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        report("scheduled " + name, count, t0);
    }

    private static void drain(ReminderQueue queue, String name) {
        long t0 = System.nanoTime();
        int delivered = 0;
        int calls = 0;
        long claiming = 0;
        while (true) {
            long c0 = System.nanoTime();
            List<ReminderId> batch = queue.claimDue(Instant.now(), "probe", Duration.ofMinutes(5), BATCH).stream()
                    .map(Reminder::id).toList();
            claiming += System.nanoTime() - c0;
            if (batch.isEmpty()) {
                break;
            }
            queue.markSent(batch, "probe", Instant.now());
            delivered += batch.size();
            calls++;
        }
        report("delivered " + name + " in " + calls + " batches (" + claiming / 1_000_000 + " ms claiming)",
                delivered, t0);
    }

    private static void report(String what, int count, long t0) {
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%s: %d in %.2f s = %.0f/s%n", what, count, seconds, count / seconds);
    }
}
