package com.referralcoach.app.bench;

import static org.awaitility.Awaitility.await;

import com.referralcoach.core.engine.IncomingMessage;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.testing.TestClock;
import com.referralcoach.store.embedded.EmbeddedMongoServer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.awaitility.core.ConditionTimeoutException;

/**
 * By hand, not a test: issue 24's simulated week, compressed. Reps in Slack workspaces and Discord servers chat
 * through {@link SimulatedWeek}'s script while one or several {@link SimulatedProcess}es share one embedded
 * store; the clock jumps half an hour per step, and each step ends once every ask prompt due by then is out.
 * Then Monday 9:00 comes and every process tries to post every team's digest. Prints messages per second, reply
 * latency, reminder lag, digest time per team, heap, and what was sent twice or never.
 * Arguments: reps (10000), working days (5), processes (1), sender threads (4), Slack workspaces (100), Discord
 * servers (50).
 */
public final class SimulationBenchmark {
    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration STEP = Duration.ofMinutes(30);
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(Long.getLong("drainSeconds", 120));

    private final SimulatedWeek week;
    private final List<SimulatedProcess> processes;
    private final TestClock clock;
    private final Deliveries deliveries;
    private final ExecutorService senders;
    private final int senderCount;
    private final Latencies replies = new Latencies();
    private final LongAdder messages = new LongAdder();
    private final LongAdder meetingsPlanned = new LongAdder();
    private final LongAdder meetingsNotPlanned = new LongAdder();
    private final AtomicLong asksDueBefore = new AtomicLong();
    private volatile String notPlannedSample = "";
    private final Path storeFile;

    private SimulationBenchmark(SimulatedWeek week, List<SimulatedProcess> processes, TestClock clock,
                                Deliveries deliveries, int senderCount, Path storeFile) {
        this.week = week;
        this.storeFile = storeFile;
        this.processes = processes;
        this.clock = clock;
        this.deliveries = deliveries;
        this.senderCount = senderCount;
        this.senders = Executors.newFixedThreadPool(senderCount);
    }

    public static void main(String[] args) throws Exception {
        int reps = arg(args, 0, 10_000);
        int days = arg(args, 1, 5);
        int processCount = arg(args, 2, 1);
        int senderCount = arg(args, 3, 4);
        SimulatedWeek week = new SimulatedWeek(reps, arg(args, 4, 100), arg(args, 5, 50));
        Path dir = Files.createTempDirectory("simulation");
        TestClock clock = new TestClock(MONDAY.minus(Duration.ofHours(1)));
        Deliveries deliveries = new Deliveries();
        HeapPeak heap = HeapPeak.start();
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dir)) {
            List<SimulatedProcess> processes = new ArrayList<>();
            for (int i = 0; i < processCount; i++) {
                processes.add(new SimulatedProcess(server.connectionString(), clock, deliveries,
                        Duration.ofMillis(200)));
            }
            SimulationBenchmark run = new SimulationBenchmark(week, processes, clock, deliveries, senderCount,
                    server.file());
            try {
                System.out.printf("%,d reps in %d workspaces, %d working days, %d process(es) on one embedded store,"
                        + " %d senders%n", reps, week.workspaces(), days, processCount, senderCount);
                run.setUpTeams();
                run.simulate(days);
                run.digests(days);
                run.report(heap);
                StoreSizes.print(server.connectionString(), dir);
            } finally {
                run.senders.shutdownNow();
                processes.forEach(SimulatedProcess::close);
            }
        }
        System.out.printf("store file after a clean close: %d MB%n",
                dir.resolve("referral-coach.mv").toFile().length() >> 20);
        heap.stop();
    }

    private void setUpTeams() throws Exception {
        long start = System.nanoTime();
        List<Future<?>> all = new ArrayList<>();
        for (int w = 0; w < week.workspaces() && w < week.reps(); w++) {
            int manager = w;
            all.add(senders.submit(() -> {
                for (String text : week.teamSetup(manager)) {
                    processes.get(0).engine().handle(new IncomingMessage(week.workspaceOf(manager),
                            week.repId(manager), week.repName(manager), text, Optional.empty()).fromAdmin());
                }
                return null;
            }));
        }
        for (Future<?> f : all) {
            f.get();
        }
        System.out.printf("teams set up in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    private void simulate(int days) throws Exception {
        long start = System.nanoTime();
        for (int day = 0; day < days; day++) {
            long dayStart = System.nanoTime();
            long before = messages.sum();
            for (int step = 0; step < SimulatedWeek.STEPS_PER_DAY; step++) {
                clock.set(workingDay(day).plus(STEP.multipliedBy(step)));
                deliveries.stepStarted();
                sendStep(day, step);
                drain();
            }
            clock.set(workingDay(day).plus(STEP.multipliedBy(SimulatedWeek.STEPS_PER_DAY)));
            deliveries.stepStarted();
            drain();
            double seconds = (System.nanoTime() - dayStart) / 1e9;
            System.out.printf("day %d: %,d messages in %.1f s (%.0f/s); asks settled %,d; heap %d MB%n", day + 1,
                    messages.sum() - before, seconds, (messages.sum() - before) / seconds, deliveries.asksSettled(),
                    usedMb());
            System.out.printf("  so far: reply p50 %.1f ms, p99 %.1f ms; asks planned %,d, settled %,d, sent twice %,d;"
                            + " ask lag p99 %.0f ms; store file %,d MB%n", replies.percentileMillis(50),
                    replies.percentileMillis(99), meetingsPlanned.sum(), deliveries.asksSettled(),
                    deliveries.sentTwice(), deliveries.lags().percentileMillis(99), storeFile.toFile().length() >> 20);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("week: %,d messages in %.1f s: %.0f messages/s%n", messages.sum(), seconds,
                messages.sum() / seconds);
    }

    private void sendStep(int day, int step) throws Exception {
        List<Future<?>> all = new ArrayList<>();
        for (int t = 0; t < senderCount; t++) {
            int lane = t;
            all.add(senders.submit(() -> {
                for (int rep = lane; rep < week.reps(); rep += senderCount) {
                    for (SimulatedWeek.Line line : week.say(rep, day, step)) {
                        send(line, (rep + step) % processes.size());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : all) {
            f.get();
        }
    }

    private void send(SimulatedWeek.Line line, int process) {
        long t0 = System.nanoTime();
        Reply reply = processes.get(process).engine().handle(new IncomingMessage(week.workspaceOf(line.rep()),
                week.repId(line.rep()), week.repName(line.rep()), line.text(), Optional.empty()));
        replies.add(System.nanoTime() - t0);
        messages.increment();
        if (line.meeting()) {
            if (reply.text().contains("remind you to ask")) {
                meetingsPlanned.increment();
            } else {
                meetingsNotPlanned.increment();
                notPlannedSample = line.text() + " -> " + reply.text();
            }
        }
    }

    /** Waits until every ask prompt planned before this step is settled (sent or skipped). */
    private void drain() {
        long due = asksDueBefore.getAndSet(meetingsPlanned.sum());
        try {
            await().atMost(DRAIN_LIMIT).pollInterval(Duration.ofMillis(20)).until(() -> deliveries.asksSettled() >= due);
        } catch (ConditionTimeoutException e) {
            System.out.printf("at %s: only %,d of %,d due asks out after %s; %s%n", clock.instant(),
                    deliveries.asksSettled(), due, DRAIN_LIMIT, deliveries.putOff());
        }
    }

    private void digests(int days) throws Exception {
        clock.set(workingDay(((days - 1) / 5 + 1) * 5).plusSeconds(60));
        Latencies perTeam = new Latencies();
        long start = System.nanoTime();
        List<Future<?>> all = new ArrayList<>();
        for (int w = 0; w < week.workspaces() && w < week.reps(); w++) {
            int manager = w;
            all.add(senders.submit(() -> {
                long t0 = System.nanoTime();
                List<CompletableFuture<Boolean>> tries = processes.stream()
                        .map(p -> p.digests().postIfDue(week.workspaceOf(manager), "sales")).toList();
                CompletableFuture.allOf(tries.toArray(CompletableFuture[]::new)).join();
                perTeam.add(System.nanoTime() - t0);
                return null;
            }));
        }
        for (Future<?> f : all) {
            f.get();
        }
        long posted = deliveries.posts().values().stream().mapToInt(java.util.concurrent.atomic.AtomicInteger::get)
                .sum();
        System.out.printf("Monday digests: %d posted for %d teams in %.1f s; per team p50 %.0f ms, p99 %.0f ms,"
                        + " max %.0f ms; posted twice: %d%n", posted, all.size(), (System.nanoTime() - start) / 1e9,
                perTeam.percentileMillis(50), perTeam.percentileMillis(99), perTeam.percentileMillis(100),
                deliveries.posts().values().stream().filter(n -> n.get() > 1).count());
    }

    private void report(HeapPeak heap) {
        long planned = meetingsPlanned.sum();
        System.out.printf("reply latency over %,d messages: p50 %.1f ms, p99 %.1f ms, max %.0f ms%n", replies.size(),
                replies.percentileMillis(50), replies.percentileMillis(99), replies.percentileMillis(100));
        System.out.printf("ask prompts: %,d planned, %,d settled (%,d skipped), lost %,d, sent twice %,d;"
                        + " lag from the step's start p50 %.0f ms, p99 %.0f ms%n", planned, deliveries.asksSettled(),
                deliveries.skippedCount(), Math.max(0, planned - deliveries.asksSettled()), deliveries.sentTwice(),
                deliveries.lags().percentileMillis(50), deliveries.lags().percentileMillis(99));
        System.out.printf("reminders sent by kind: %s; %,d sends in all; %s%n", deliveries.sentByKind(),
                deliveries.sends(), deliveries.putOff());
        if (meetingsNotPlanned.sum() > 0) {
            System.out.printf("%,d meetings planned no ask, e.g. %s%n", meetingsNotPlanned.sum(), notPlannedSample);
        }
        System.out.printf("heap: peak sampled %d MB, after GC %d MB%n", heap.peakMb(), afterGcMb());
    }

    private static Instant workingDay(int day) {
        return MONDAY.plus(Duration.ofDays(day / 5 * 7L + day % 5));
    }

    private static long usedMb() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    private static long afterGcMb() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed() >> 20;
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }
}
