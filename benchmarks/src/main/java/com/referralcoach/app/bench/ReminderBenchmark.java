package com.referralcoach.app.bench;

import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.referralcoach.store.embedded.EmbeddedMongoServer;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.ReminderId;
import com.referralcoach.core.domain.ReminderKind;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ReminderQueue;
import com.referralcoach.core.reminders.Composer;
import com.referralcoach.core.reminders.Delivery;
import com.referralcoach.core.reminders.DispatchSettings;
import com.referralcoach.core.reminders.ReminderDispatcher;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.schedule.quartz.ReminderScheduler;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.RecordingPlatform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * By hand, not a test: drains reminders due at once from the embedded store (H2 file, every write journaled)
 * through the real dispatcher and Quartz, and prints drain rate and lag; or measures the heap while a
 * million future reminders are scheduled. See the README for the command and the latest figures.
 */
public final class ReminderBenchmark {
    private static final WorkspaceId WORKSPACE = new WorkspaceId("bench");
    private static final Random RANDOM = new Random(7);

    private ReminderBenchmark() {
    }

    /** {@code drain <due> <future> <sent>} or {@code heap <future>}. */
    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "drain";
        Path dir = Files.createTempDirectory("reminder-bench");
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dir);
             MongoClient client = MongoClients.create(server.connectionString())) {
            ReminderQueue queue = MongoCoachStore.open(client.getDatabase("bench"), Clock.systemUTC()).reminders();
            if (mode.equals("heap")) {
                heap(queue, arg(args, 1, 1_000_000));
            } else {
                drain(queue, arg(args, 1, 10_000), arg(args, 2, 0), arg(args, 3, 0));
            }
        }
    }

    private static void drain(ReminderQueue queue, int due, int future, int sent) throws Exception {
        long seeding = System.nanoTime();
        scheduleAll(queue, future, i -> Instant.now().plus(Duration.ofMinutes(10 + RANDOM.nextInt(60 * 24 * 60))));
        for (int done = 0; done < sent; done += 1000) {
            // Sent history as it builds up: delivered a thousand at a time, so no slot piles up.
            scheduleAll(queue, Math.min(1000, sent - done), i -> Instant.now().minusSeconds(60));
            markAllSent(queue, Math.min(1000, sent - done));
        }
        System.out.printf("seeded %,d future and %,d sent reminders in %d s%n", future, sent,
                (System.nanoTime() - seeding) / 1_000_000_000);
        Instant dueAt = Instant.now().plusSeconds(3 + due / 2000);
        scheduleAll(queue, due, i -> dueAt);
        RecordingPlatform platform = new RecordingPlatform(Clock.systemUTC());
        Composer echo = (reminder, now) -> new Delivery.Say(Reply.of(reminder.id().value()));
        ReminderDispatcher dispatcher = new ReminderDispatcher(queue, echo, platform, Clock.systemUTC(),
                DispatchSettings.defaults().withBatchSize(500));
        try (ReminderScheduler scheduler = ReminderScheduler.start(dispatcher, Duration.ofSeconds(1))) {
            await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(50))
                    .until(() -> platform.sent().size() >= due);
        }
        List<Long> lags = platform.sent().stream().map(s -> Duration.between(dueAt, s.at()).toMillis()).sorted().toList();
        Instant first = platform.sent().stream().map(RecordingPlatform.Sent::at).min(Instant::compareTo).orElseThrow();
        Instant last = platform.sent().stream().map(RecordingPlatform.Sent::at).max(Instant::compareTo).orElseThrow();
        double seconds = Math.max(1, Duration.between(first, last).toMillis()) / 1000.0;
        System.out.printf("drained %,d due reminders (%,d future, %,d sent in the store): %.1f s from first to last"
                        + " send, %.0f deliveries/s; lag from due time p50 %d ms, p99 %d ms, max %d ms%n",
                due, future, sent, seconds, due / seconds, lags.get(lags.size() / 2),
                lags.get((int) (lags.size() * 0.99)), lags.get(lags.size() - 1));
    }

    private static void heap(ReminderQueue queue, int future) throws Exception {
        RecordingPlatform platform = new RecordingPlatform(Clock.systemUTC());
        Composer echo = (reminder, now) -> new Delivery.Say(Reply.of(reminder.id().value()));
        ReminderDispatcher dispatcher = new ReminderDispatcher(queue, echo, platform, Clock.systemUTC(),
                DispatchSettings.defaults());
        try (ReminderScheduler scheduler = ReminderScheduler.start(dispatcher, Duration.ofSeconds(1))) {
            long before = usedHeapAfterGc();
            scheduleAll(queue, future, i -> Instant.now().plus(Duration.ofMinutes(10 + RANDOM.nextInt(60 * 24 * 365))));
            long after = usedHeapAfterGc();
            System.out.printf("heap after GC: %,d MB before, %,d MB after scheduling %,d future reminders"
                    + " (the embedded store's page cache included); %d dispatcher passes, %d sent%n",
                    before >> 20, after >> 20, future, dispatcher.completedPasses(), platform.sent().size());
        }
    }

    private static void scheduleAll(ReminderQueue queue, int count, java.util.function.IntFunction<Instant> due) {
        List<Reminder> chunk = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chunk.add(Reminder.pending(WORKSPACE, ReminderId.random(), new RepId("rep" + (i % 500)),
                    ReminderKind.THANK_REFERRER, Optional.of(ContactId.random()), Optional.empty(), Optional.empty(),
                    due.apply(i), Instant.now()));
            if (chunk.size() == 1000 || i == count - 1) {
                queue.scheduleAll(chunk);
                chunk.clear();
            }
        }
    }

    private static void markAllSent(ReminderQueue queue, int count) {
        int done = 0;
        while (done < count) {
            List<ReminderId> claimed = queue.claimDue(Instant.now(), "seeder", Duration.ofMinutes(5), 1000).stream()
                    .map(Reminder::id).toList();
            if (claimed.isEmpty()) {
                return;
            }
            queue.markSent(claimed, "seeder", Instant.now());
            done += claimed.size();
        }
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index].replace("_", "")) : fallback;
    }
}
