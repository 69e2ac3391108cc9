package com.referralcoach.core.store.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.engine.BotEngine;
import com.referralcoach.core.engine.IncomingMessage;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.store.embedded.EmbeddedMongoServer;
import java.nio.file.Files;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * By hand, not a test: chat commands per second through the engine on the embedded store (H2 file, every write
 * journaled), one thread, with every store command it sends counted and timed, so a query that scans shows up.
 * Arguments: the messages, separated by ';' with %d for a person's number (default a mix of a meeting, a referral,
 * an ask and the pipeline), messages per round (default 2000), rounds (default 4). 50 reps, 40 people.
 * {@code -Drtt=0.5} sends the commands through a relay adding that many milliseconds to each round trip
 * ({@link LatencyLink}), as a MongoDB on another machine would.
 */
public final class EngineStoreBenchmark {
    private static final java.lang.management.CompilationMXBean JIT =
            java.lang.management.ManagementFactory.getCompilationMXBean();

    private static final String MIX = "met Person %d at Acme;Person %d referred Lead %1$d at Globex;asked Person %d;"
            + "pipeline";
    private final Map<Integer, String> started = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

    private EngineStoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String[] texts = (args.length > 0 ? args[0] : MIX).split(";");
        int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        new EngineStoreBenchmark().run(texts, perRound, rounds, threads);
        System.exit(0);
    }

    private void run(String[] texts, int perRound, int rounds, int threads) throws Exception {
        double rtt = Double.parseDouble(System.getProperty("rtt", "0"));
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(Files.createTempDirectory("engine-bench"));
             LatencyLink link = LatencyLink.to(new ConnectionString(server.connectionString()).getHosts().stream()
                     .map(host -> Integer.parseInt(host.substring(host.lastIndexOf(':') + 1))).findFirst()
                     .orElseThrow(), rtt);
             MongoClient client = MongoClients.create(MongoClientSettings.builder()
                     .applyConnectionString(new ConnectionString(rtt > 0
                             ? "mongodb://127.0.0.1:" + link.port() : server.connectionString()))
                     .addCommandListener(listener()).build())) {
            BotEngine engine = new BotEngine(MongoCoachStore.open(client.getDatabase("bench"), Clock.systemUTC()),
                    new ChatParser(), Clock.systemUTC(), ZoneOffset.UTC);
            for (int round = 0; round < rounds; round++) {
                counts.clear();
                nanos.clear();
                long start = System.nanoTime();
                long compiling = JIT.getTotalCompilationTime();
                java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
                for (int t = 0; t < threads; t++) {
                    int lane = t;
                    pool.execute(() -> {
                        // Each thread serves its own reps, as a chat adapter's lanes do.
                        for (int i = lane; i < perRound; i += threads) {
                            engine.handle(new IncomingMessage(new WorkspaceId("T1"), new RepId("m" + i % 50),
                                    "Rep " + i % 50, String.format(texts[i % texts.length], i % 40), Optional.empty()));
                        }
                    });
                }
                pool.shutdown();
                pool.awaitTermination(10, TimeUnit.MINUTES);
                // A round that still compiles much is not steady: on 2 cores the JIT compiler takes CPU from it.
                System.out.printf("round %d: %.0f messages/s, %d ms compiling%n", round,
                        perRound / ((System.nanoTime() - start) / 1e9), JIT.getTotalCompilationTime() - compiling);
            }
            System.out.println("store commands in the last round, per message:");
            new TreeMap<>(counts).forEach((what, count) -> System.out.printf("  %-45s %5.2f x %6.3f ms = %6.3f ms%n",
                    what, count.sum() / (double) perRound, nanos.get(what).sum() / 1e6 / count.sum(),
                    nanos.get(what).sum() / 1e6 / perRound));
        }
    }

    private CommandListener listener() {
        return new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                String name = event.getCommandName();
                String collection = event.getCommand().isString(name) ? event.getCommand().getString(name).getValue()
                        : "";
                String filter = event.getCommand().isDocument("filter")
                        ? " " + event.getCommand().getDocument("filter").keySet() : "";
                started.put(event.getRequestId(), name + " " + collection + filter);
            }

            @Override
            public void commandSucceeded(CommandSucceededEvent event) {
                String what = started.remove(event.getRequestId());
                if (what != null) {
                    counts.computeIfAbsent(what, k -> new LongAdder()).increment();
                    nanos.computeIfAbsent(what, k -> new LongAdder()).add(event.getElapsedTime(TimeUnit.NANOSECONDS));
                }
            }
        };
    }
}
