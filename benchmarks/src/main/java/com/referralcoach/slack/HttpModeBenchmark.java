package com.referralcoach.slack;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.referralcoach.core.engine.BotEngine;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.store.embedded.EmbeddedMongoServer;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.model.event.MessageEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Run by hand (not a test): signed DM events over HTTP mode on loopback against a bare Bolt app on the same HTTP
 * stack whose handler only acks. Ours goes through the whole path to the ack (verify, parse, keep the message in the
 * inbox on the embedded store, ack) and then answers it (engine, store, reply; App Homes at production's pace, one per
 * workspace every 0.6 s). Rounds alternate between
 * the two (each of ours is answered in full before the next round of bare Bolt); prints each round's closed-loop
 * throughput, how fast ours answers, the medians, and ack latency at a fixed 200 msg/s.
 */
public final class HttpModeBenchmark {
    private static final int CLIENTS = 8;
    private static final int MESSAGES = 4000;
    private static final int RATE = 200;
    private static final int RATE_SECONDS = 15;
    /** Enough alternating rounds that the medians of a rerun land within 15%: the ratio of single rounds swings. */
    private static final int ROUNDS = Integer.getInteger("rounds", 9);

    private static final java.lang.management.CompilationMXBean JIT =
            java.lang.management.ManagementFactory.getCompilationMXBean();

    private HttpModeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // The bot's embedded store as it runs: an H2 file in a fresh directory, every acknowledged write journaled.
        EmbeddedMongoServer mongo = EmbeddedMongoServer.start(java.nio.file.Files.createTempDirectory("bench-store"));
        try (FakeSlackApi api = new FakeSlackApi();
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            BotEngine engine = new BotEngine(MongoCoachStore.open(client.getDatabase("bench"), Clock.systemUTC()),
                    new ChatParser(), Clock.systemUTC(), ZoneOffset.UTC);
            SlackBot ours = SlackBot.start(new SlackSettings(SlackRig.BOT_TOKEN, Optional.empty(),
                    Optional.of(SlackRig.SIGNING_SECRET), OptionalInt.of(0), URI.create(api.apiUrl())), engine,
                    MongoCoachStore.openInbox(client.getDatabase("bench")),
                    MongoCoachStore.openInstallations(client.getDatabase("bench")), Clock.systemUTC(),
                    // No per-channel pause: 200 reps each sending 20 messages would otherwise measure Slack's pace.
                    new SlackBot.Tuning(Duration.ZERO, Integer.getInteger("senders", 4), Integer.getInteger("workers", 4), 5,
                            Duration.ofMillis(Long.getLong("ackFirst", 1000))));
            SlackHttpServer bare = bareBolt(api.apiUrl());
            try {
                // Until the JIT compiler is quiet: on 2 cores a compiler still at work takes CPU from whichever
                // path is measured. At least -DwarmUps cycles, at most -DmaxWarmUps, until a cycle spends at most
                // -DquietJit of its time compiling.
                int warmUp = 0;
                double jitShare;
                do {
                    long jitStart = JIT.getTotalCompilationTime();
                    long start = System.nanoTime();
                    closedLoop("warm-up ours", ours.httpPort(), MESSAGES, "w" + warmUp);
                    drain(api); // bare Bolt is measured with none of our work still running beside it
                    closedLoop("warm-up bare", bare.port(), MESSAGES, "v" + warmUp);
                    warmUp++;
                    jitShare = (JIT.getTotalCompilationTime() - jitStart) / ((System.nanoTime() - start) / 1e6);
                    System.out.printf("warm-up cycle %d: %.0f%% of its time in the JIT compiler%n", warmUp,
                            jitShare * 100);
                } while (warmUp < Integer.getInteger("maxWarmUps", 30)
                        && (warmUp < Integer.getInteger("warmUps", 6)
                        || jitShare > Double.parseDouble(System.getProperty("quietJit", "0.1"))));
                List<Double> bareRates = new ArrayList<>();
                List<Double> ackRates = new ArrayList<>();
                List<Double> answeredRates = new ArrayList<>();
                for (int round = 0; round < ROUNDS; round++) {
                    bareRates.add(closedLoop("bare Bolt (ack only)", bare.port(), MESSAGES, "a" + round));
                    long before = api.count("chat.postMessage");
                    long homesBefore = api.count("views.publish");
                    long start = System.nanoTime();
                    ackRates.add(closedLoop("Referral Coach (verify, parse, keep in the inbox, ack)", ours.httpPort(),
                            MESSAGES, "o" + round));
                    System.out.printf("  answered while the round was being acked: %d%n",
                            api.count("chat.postMessage") - before);
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                    while (api.count("chat.postMessage") - before < MESSAGES && System.nanoTime() < deadline) {
                        Thread.sleep(50);
                    }
                    double answered = (api.count("chat.postMessage") - before) / ((System.nanoTime() - start) / 1e9);
                    System.out.printf("  answered %d of %d: %.0f msg/s from the first request to the last answer;"
                            + " %d App Homes published%n", api.count("chat.postMessage") - before, MESSAGES, answered,
                            api.count("views.publish") - homesBefore);
                    answeredRates.add(answered);
                    drain(api); // before the next round of bare Bolt
                }
                List<Double> ratios = new ArrayList<>();
                for (int round = 0; round < ROUNDS; round++) {
                    ratios.add(ackRates.get(round) / bareRates.get(round));
                }
                System.out.printf("medians of %d rounds after %d warm-ups: bare %.0f msg/s, ours %.0f msg/s acked,"
                        + " %.0f msg/s answered; ours/bare round by round %s, median %.2f%n", ROUNDS, warmUp,
                        median(bareRates), median(ackRates), median(answeredRates),
                        ratios.stream().map(r -> String.format("%.2f", r)).toList(), median(ratios));
                fixedRate(ours.httpPort());
            } finally {
                ours.close();
                bare.close();
            }
        } finally {
            mongo.close();
        }
        System.exit(0);
    }

    /**
     * Waits until the warm-up's work is all done (Slack calls stop), so the measured run starts from a quiet system.
     * App Homes are not waited for: at views.publish's pace (one every 0.6 s in the workspace) the 200 reps' homes
     * take two minutes to go out, at a trickle of CPU that goes on beside the next round.
     */
    private static void drain(FakeSlackApi api) throws Exception {
        long last = -1;
        long now = api.all().size() - api.count("views.publish");
        while (now != last) {
            Thread.sleep(1000);
            last = now;
            now = api.all().size() - api.count("views.publish");
        }
    }

    private static SlackHttpServer bareBolt(String apiUrl) throws Exception {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl);
        App app = new App(AppConfig.builder().slack(Slack.getInstance(config)).singleTeamBotToken(SlackRig.BOT_TOKEN)
                .signingSecret(SlackRig.SIGNING_SECRET).verificationToken(null).clientId(null).clientSecret(null)
                .allEventsApiAutoAckEnabled(true).build());
        app.event(MessageEvent.class, (payload, ctx) -> ctx.ack());
        app.start();
        return SlackHttpServer.start(app, new NoHandler(app, null), 0);
    }

    private static double closedLoop(String name, int port, int messages, String prefix) throws Exception {
        HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
        AtomicInteger next = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            Thread client = new Thread(() -> {
                int i;
                while ((i = next.getAndIncrement()) < messages) {
                    long sent = System.nanoTime();
                    try {
                        int status = http.send(request(port, prefix, i), HttpResponse.BodyHandlers.discarding())
                                .statusCode();
                        if (status != 200) {
                            throw new IllegalStateException("HTTP " + status);
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    latencies.add(System.nanoTime() - sent);
                }
            });
            client.start();
            clients.add(client);
        }
        for (Thread client : clients) {
            client.join();
        }
        double rate = messages / ((System.nanoTime() - start) / 1e9);
        System.out.printf("%s: %.0f msg/s closed loop, %d clients, p50 %.1f ms, p99 %.1f ms%n", name, rate,
                CLIENTS, percentile(latencies, 50), percentile(latencies, 99));
        return rate;
    }

    private static void fixedRate(int port) throws Exception {
        HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<?>> pending = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        int total = RATE * RATE_SECONDS;
        timer.scheduleAtFixedRate(() -> {
            int i = next.getAndIncrement();
            if (i >= total) {
                return;
            }
            long sent = System.nanoTime();
            pending.add(http.sendAsync(request(port, "r", i), HttpResponse.BodyHandlers.discarding())
                    .thenAccept(r -> latencies.add(System.nanoTime() - sent)));
        }, 0, 1_000_000 / RATE, TimeUnit.MICROSECONDS);
        while (next.get() < total) {
            Thread.sleep(50);
        }
        timer.shutdown();
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        System.out.printf("Referral Coach at %d msg/s for %d s: ack p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", RATE,
                RATE_SECONDS, percentile(latencies, 50), percentile(latencies, 99), percentile(latencies, 100));
    }

    private static HttpRequest request(int port, String prefix, int i) {
        String user = "U" + prefix.toUpperCase() + (i % 200);
        String body = SlackPayloads.directMessage(FakeSlackApi.TEAM, user, "met Jane Doe at Acme about rollout "
                + i, "Ev" + prefix + i).toString();
        long ts = SignedPost.now();
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + SlackHttpServer.EVENTS))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("X-Slack-Request-Timestamp", String.valueOf(ts))
                .header("X-Slack-Signature", SignedPost.signature(SlackRig.SIGNING_SECRET, ts, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static double median(List<Double> rates) {
        return rates.stream().sorted().toList().get(rates.size() / 2);
    }

    private static double percentile(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
