package com.referralcoach.core.store.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.referralcoach.store.embedded.EmbeddedMongoServer;
import com.referralcoach.core.digest.DigestBuilder;
import com.referralcoach.core.digest.DigestChart;
import com.referralcoach.core.digest.DigestReport;
import com.referralcoach.core.domain.Activity;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.Goal;
import com.referralcoach.core.domain.GoalMetric;
import com.referralcoach.core.domain.GoalOwner;
import com.referralcoach.core.domain.GoalPeriod;
import com.referralcoach.core.domain.LeadStage;
import com.referralcoach.core.domain.Referral;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.Team;
import com.referralcoach.core.port.CoachStore;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static com.referralcoach.core.store.StoreSamples.ACME;

/**
 * By hand, not a test: a team of 100 reps with a year of history (150,000 activities, 5,000 referrals) on the
 * embedded H2 file store; builds the weekly digest (figures and chart) five times and prints time and heap.
 */
public final class DigestBenchmark {
    private static final String AFTER_RESTART = "--after-restart";

    private DigestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals(AFTER_RESTART)) {
            afterRestart(Path.of(args[1]));
            return;
        }
        Path dir = Files.createTempDirectory("digest-bench");
        // The bot's embedded store as it runs (H2 file, its non-unique indexes served, every write journaled).
        EmbeddedMongoServer server = EmbeddedMongoServer.start(dir);
        try (MongoClient client = MongoClients.create(server.connectionString())) {
            Instant now = MongoActivityTallyVolumeTest.YEAR_START.plus(Duration.ofDays(7 * 52)).plus(Duration.ofHours(9));
            CoachStore store = MongoCoachStore.open(client.getDatabase("coach"), Clock.fixed(now, ZoneOffset.UTC));
            long seeding = System.nanoTime();
            List<Activity> year = MongoActivityTallyVolumeTest.year();
            MongoActivityTallyVolumeTest.seed(client.getDatabase("coach").getCollection(Collections.TALLIES), year);
            Set<RepId> members = new HashSet<>();
            for (int i = 0; i < 100; i++) {
                RepId rep = MongoActivityTallyVolumeTest.rep(i);
                members.add(rep);
                store.reps().save(new Rep(ACME, rep, "Rep " + i, ZoneId.of("America/New_York"), Optional.empty(),
                        Instant.EPOCH));
                store.goals().save(new Goal(ACME, GoalOwner.rep(rep), GoalMetric.ASKS, 5, GoalPeriod.WEEK, now));
                store.goals().save(new Goal(ACME, GoalOwner.rep(rep), GoalMetric.REFERRALS, 3, GoalPeriod.MONTH, now));
            }
            Team team = new Team(ACME, "East", members, Optional.empty(), ZoneId.of("America/New_York"));
            store.teams().save(team);
            store.goals().save(new Goal(ACME, GoalOwner.team(team), GoalMetric.REFERRALS, 200, GoalPeriod.MONTH, now));
            IntStream.range(0, 5_000).forEach(i -> {
                Referral referral = Referral.received(ACME, MongoActivityTallyVolumeTest.rep(i % 100),
                        ContactId.random(), ContactId.random(), Optional.empty(), now.minus(Duration.ofHours(i)));
                store.referrals().save(i % 5 == 0 ? referral : referral.movedTo(LeadStage.CONTACTED,
                        now.minus(Duration.ofHours(i)).plusSeconds(60), Optional.empty(), Optional.empty()));
            });
            System.out.printf("seeded %,d activities and 5,000 referrals in %d s%n", year.size(),
                    Duration.ofNanos(System.nanoTime() - seeding).toSeconds());
            long warming = System.nanoTime();
            DigestChart.warmUp(); // as DigestScheduler does in the background when the bot starts
            System.out.printf("chart library warmed up in %d ms (at bot start-up, in the background)%n",
                    Duration.ofNanos(System.nanoTime() - warming).toMillis());
            for (int run = 1; run <= 5; run++) {
                System.gc();
                long before = usedHeap();
                long allocatedBefore = allocated();
                long started = System.nanoTime();
                DigestReport report = DigestBuilder.over(store).build(team, now);
                long figures = System.nanoTime();
                byte[] chart = report.chart();
                long done = System.nanoTime();
                long during = usedHeap() - before;
                long allocated = allocated() - allocatedBefore;
                System.gc();
                System.out.printf("run %d: digest %d ms (figures %d ms, chart %d ms, %,d chars, %,d-byte PNG);"
                                + " allocated %d MB, heap growth before GC %d MB, retained after GC %d MB%n", run,
                        (done - started) / 1_000_000, (figures - started) / 1_000_000, (done - figures) / 1_000_000,
                        report.message().text().length(), chart.length, allocated >> 20, during >> 20,
                        (usedHeap() - before) >> 20);
            }
        } finally {
            server.close();
        }
        for (int restart = 1; restart <= 3; restart++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                    DigestBenchmark.class.getName(), AFTER_RESTART, dir.toString()).inheritIO().start();
            if (child.waitFor() != 0) {
                throw new IllegalStateException("the restarted process failed");
            }
        }
    }

    /** A new process on the same store, as after a restart: opening it, then the first digest, nothing warmed up. */
    private static void afterRestart(Path dir) {
        long opening = System.nanoTime();
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dir);
             MongoClient client = MongoClients.create(server.connectionString())) {
            Instant now = MongoActivityTallyVolumeTest.YEAR_START.plus(Duration.ofDays(7 * 52)).plus(Duration.ofHours(9));
            CoachStore store = MongoCoachStore.open(client.getDatabase("coach"), Clock.fixed(now, ZoneOffset.UTC));
            long opened = System.nanoTime();
            DigestChart.warmUp();
            long warmed = System.nanoTime();
            Team team = store.teams().all(ACME).get(0);
            long started = System.nanoTime();
            DigestReport report = DigestBuilder.over(store).build(team, now);
            long figures = System.nanoTime();
            byte[] chart = report.chart();
            long done = System.nanoTime();
            System.out.printf("after a restart: store opened in %d ms (indexes rebuilt), chart library in %d ms;"
                            + " first digest %d ms (figures %d ms, chart %d ms, %,d-byte PNG)%n",
                    (opened - opening) / 1_000_000, (warmed - opened) / 1_000_000, (done - started) / 1_000_000,
                    (figures - started) / 1_000_000, (done - figures) / 1_000_000, chart.length);
        }
    }

    /** Bytes this thread allocated so far (the digest runs on it; the embedded server's threads are not counted). */
    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
