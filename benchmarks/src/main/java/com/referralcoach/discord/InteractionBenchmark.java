package com.referralcoach.discord;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.referralcoach.core.engine.BotEngine;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.store.embedded.EmbeddedMongoServer;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.TimeUtil;

/**
 * Interactions per second through real JDA and a fake gateway, in one run: a bare JDA listener that only replies,
 * and Referral Coach (engine over the embedded MongoDB) on /coach pipeline (reads) and on a mix with half writes.
 * Both bots stay connected; rounds alternate between them so a noisy machine hurts both alike, after alternating
 * warm-up rounds; medians are printed, and the median of each round's ratio to the bare round beside it. Every
 * round prints how many first responses came after Discord's 3 seconds (the fake refuses those, as Discord does)
 * and the slowest first response; the summary adds them up for each bot, and for the warm-ups apart.
 * Run by hand (see docs/benchmarks.md); arguments: interactions per round (default 2000), rounds (default 7).
 */
final class InteractionBenchmark {
    private static final int WARM_UP = 1500;
    /** The fewest warm-up cycles (bare, our reads, our half writes: the measured cycle, smaller). */
    private static final int WARM_UPS = Integer.getInteger("warmUps", 5);
    /** The most warm-up cycles, however busy the JIT compiler still is. */
    private static final int MAX_WARM_UPS = Integer.getInteger("maxWarmUps", 40);
    /**
     * The warm-up ends with the first cycle (after the fewest) whose rounds spent at most this share of their time
     * in the JIT compiler: on 2 cores a compiler still at work takes CPU from whichever bot's round is running.
     */
    private static final double QUIET_JIT = Double.parseDouble(System.getProperty("quietJit", "0.1"));
    private static final int MEMBERS = 50;
    /** -Dwrites=false leaves out the rounds with writes (and warms up on reads), to profile the read path alone. */
    private static final boolean WITH_WRITES = Boolean.parseBoolean(System.getProperty("writes", "true"));

    /**
     * One round: interactions per second, how many were deferred, the slowest first response, the late ones, and the
     * process's CPU time per interaction (bot, fake Discord and store alike: on a shared machine it swings less than
     * the rate, which also moves with what else runs), and the JIT compiler's time in the round (still compiling in a
     * measured round means the warm-up was too short; on 2 cores it takes CPU from both bots).
     */
    private record Round(double rate, int deferred, long slowestMillis, int late, double cpuMicros, long jitMillis) {
    }

    private static final java.lang.management.CompilationMXBean JIT =
            java.lang.management.ManagementFactory.getCompilationMXBean();

    private static final com.sun.management.OperatingSystemMXBean CPU =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private InteractionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int perRound = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        // The bot's embedded store as it runs: an H2 file in a fresh directory, every acknowledged write journaled.
        EmbeddedMongoServer mongo = EmbeddedMongoServer.start(java.nio.file.Files.createTempDirectory("bench-store"));
        try (FakeDiscord bareDiscord = FakeDiscord.start("Bench");
             FakeDiscord ourDiscord = FakeDiscord.start("Bench");
             MongoClient client = MongoClients.create(mongo.connectionString());
             DiscordBot ours = DiscordBot.start(ourDiscord.settings(), new BotEngine(MongoCoachStore.open(
                     client.getDatabase("bench"), Clock.systemUTC()), new ChatParser(), Clock.systemUTC(), DiscordRig.ZONE),
                     MongoCoachStore.openInbox(client.getDatabase("bench")),
                     MongoCoachStore.openMemberHomes(client.getDatabase("bench")),
                     MongoCoachStore.openActionTexts(client.getDatabase("bench")), Clock.systemUTC())) {
            JDA bare = bareJda(bareDiscord);
            try {
                // The measured cycle, smaller, until the JIT compiler is quiet: after 5 cycles of bare and half
                // writes it still compiled for most of every round (C2 takes a second or two per method here).
                List<Round> bareWarmUps = new ArrayList<>();
                List<Round> ourWarmUps = new ArrayList<>();
                int warmUps = 0;
                double jitShare;
                do {
                    long jitStart = JIT.getTotalCompilationTime();
                    long start = System.nanoTime();
                    bareWarmUps.add(run("bare (warm-up)", bareDiscord, WARM_UP, false));
                    ourWarmUps.add(run("ours, reads (warm-up)", ourDiscord, WARM_UP, false));
                    if (WITH_WRITES) {
                        ourWarmUps.add(run("ours, half writes (warm-up)", ourDiscord, WARM_UP, true));
                    }
                    warmUps++;
                    jitShare = (JIT.getTotalCompilationTime() - jitStart) / ((System.nanoTime() - start) / 1e6);
                    System.out.printf("warm-up cycle %d: %.0f%% of its time in the JIT compiler%n", warmUps,
                            jitShare * 100);
                } while (warmUps < MAX_WARM_UPS && (warmUps < WARM_UPS || jitShare > QUIET_JIT));
                List<Round> bareRounds = new ArrayList<>();
                List<Round> readRounds = new ArrayList<>();
                List<Round> mixedRounds = new ArrayList<>();
                for (int round = 0; round < rounds; round++) {
                    bareRounds.add(run("bare", bareDiscord, perRound, false));
                    readRounds.add(run("ours, reads", ourDiscord, perRound, false));
                    if (WITH_WRITES) {
                        mixedRounds.add(run("ours, half writes", ourDiscord, perRound, true));
                    }
                }
                report(perRound, warmUps, bareRounds, readRounds, mixedRounds);
                System.out.printf("warm-ups: bare %s; ours %s%n", late(bareWarmUps), late(ourWarmUps));
            } finally {
                bare.shutdownNow();
            }
        } finally {
            mongo.close();
        }
        System.exit(0);
    }

    private static JDA bareJda(FakeDiscord discord) throws InterruptedException {
        return JDABuilder.createLight(FakeDiscord.TOKEN, EnumSet.noneOf(GatewayIntent.class))
                .setRestConfig(new RestConfig().setBaseUrl(discord.settings().apiUrl()))
                .setSessionController(new FixedGateway(discord.settings().gatewayUrl()))
                .setCompression(Compression.NONE)
                // The HTTP client of Referral Coach's JDA: neither pays for connection churn the other does not.
                .setHttpClientBuilder(RestConnections.client())
                .addEventListeners(new ListenerAdapter() {
                    @Override
                    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                        event.reply("ok").setEphemeral(true).queue();
                    }
                }).build().awaitReady();
    }

    private static void report(int perRound, int warmUps, List<Round> bare, List<Round> reads, List<Round> mixed) {
        double bareMedian = median(bare, Round::rate);
        System.out.printf("%d interactions per round, %d rounds after %d warm-ups, %d members, %d cores"
                        + " (medians; all rounds in [])%n", perRound, bare.size(), warmUps, MEMBERS,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("bare JDA listener (reply only):                %6.0f interactions/s %s%n", bareMedian,
                rates(bare));
        line("Referral Coach, /coach pipeline (reads):      ", reads, bare);
        if (!mixed.isEmpty()) {
            line("Referral Coach, half 'met ... at Acme' writes:", mixed, bare);
        }
        System.out.printf("CPU per interaction (medians): bare %.0f us; reads %.0f us (%.2f of bare's rate by CPU)",
                median(bare, Round::cpuMicros), median(reads, Round::cpuMicros),
                median(bare, Round::cpuMicros) / median(reads, Round::cpuMicros));
        if (!mixed.isEmpty()) {
            System.out.printf("; half writes %.0f us (%.2f)", median(mixed, Round::cpuMicros),
                    median(bare, Round::cpuMicros) / median(mixed, Round::cpuMicros));
        }
        System.out.println();
        System.out.printf("JIT compiling per round (medians): bare %.0f ms; reads %.0f ms%s%n",
                median(bare, r -> r.jitMillis()), median(reads, r -> r.jitMillis()),
                mixed.isEmpty() ? "" : String.format("; half writes %.0f ms", median(mixed, r -> r.jitMillis())));
        System.out.printf("first responses after 3 s (Discord shows them as failed), and the slowest: bare %s;"
                + " reads %s", late(bare), late(reads));
        System.out.printf("%s%n", mixed.isEmpty() ? "" : "; half writes " + late(mixed));
    }

    /** The median rate, and the median of each round's ratio to the bare round just before it, on much the same load. */
    private static void line(String what, List<Round> ours, List<Round> bare) {
        double[] ratios = IntStream.range(0, ours.size()).mapToDouble(i -> ours.get(i).rate() / bare.get(i).rate())
                .toArray();
        System.out.printf("%s %6.0f interactions/s %s  %.2f of bare (round by round %.2f %s)%n", what,
                median(ours, Round::rate), rates(ours), median(ours, Round::rate) / median(bare, Round::rate),
                median(ratios), Arrays.stream(ratios).mapToObj(r -> String.format("%.2f", r)).toList());
    }

    private static String late(List<Round> rounds) {
        return String.format("%d late, slowest %d ms", rounds.stream().mapToInt(Round::late).sum(),
                rounds.stream().mapToLong(Round::slowestMillis).max().orElse(0));
    }

    private static double median(List<Round> rounds, ToDoubleFunction<Round> figure) {
        return median(rounds.stream().mapToDouble(figure).toArray());
    }

    private static double median(double[] values) {
        double[] sorted = Arrays.stream(values).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static List<Long> rates(List<Round> rounds) {
        return rounds.stream().map(round -> Math.round(round.rate())).toList();
    }

    /** An interaction's answer: a reply in its callback, or the edit of a deferred reply. */
    private static boolean answers(FakeRest.Recorded request) {
        return request.method().equals("PATCH") && request.path().startsWith("webhooks/")
                || request.path().startsWith("interactions/") && request.body().contains("\"type\":4");
    }

    /**
     * Sends {@code count} slash commands (reads, or half writes) and waits for each one's answer; prints the rate and
     * how many were deferred (answered after a "thinking..."), and how soon each got its first response: Discord
     * fails an interaction not acknowledged within 3 seconds of its creation (and the fake refuses the response, so a
     * late "thinking" is never followed by an answer: such an interaction counts as done when it is refused).
     */
    private static Round run(String who, FakeDiscord discord, int count, boolean writes)
            throws InterruptedException {
        System.gc(); // the last round's garbage is not collected on this round's time
        discord.rest().clear();
        FakeDiscord.Server server = discord.server(0);
        List<String> members = IntStream.range(0, MEMBERS).mapToObj(i -> discord.user("m" + i)).toList();
        CountDownLatch done = new CountDownLatch(count);
        Set<String> finished = ConcurrentHashMap.newKeySet();
        AtomicInteger deferred = new AtomicInteger();
        AtomicInteger late = new AtomicInteger();
        AtomicLong slowest = new AtomicLong();
        discord.rest().tap(request -> {
            String interaction = interactionOf(request);
            boolean lateFirst = false;
            if (request.is("POST", "interactions/")) {
                // Discord's 3 seconds run from the interaction's creation, the time in its id.
                long waited = System.currentTimeMillis() - TimeUtil.getTimeCreated(Long.parseLong(interaction))
                        .toInstant().toEpochMilli();
                slowest.accumulateAndGet(waited, Math::max);
                lateFirst = waited > FakeDiscord.INTERACTION_WINDOW.toMillis();
                if (lateFirst) {
                    late.incrementAndGet();
                }
                if (request.body().contains("\"type\":5")) {
                    deferred.incrementAndGet();
                }
            }
            if ((answers(request) || lateFirst) && finished.add(interaction)) {
                done.countDown();
            }
        });
        long start = System.nanoTime();
        long cpuStart = CPU.getProcessCpuTime();
        long jitStart = JIT.getTotalCompilationTime();
        for (int i = 0; i < count; i++) {
            String text = writes && i % 2 == 0 ? "met Person " + (i % 40) + " at Acme" : "pipeline";
            discord.slash(server, members.get(i % MEMBERS), "coach", Map.of("text", text));
        }
        if (!done.await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("not all interactions were answered");
        }
        Round round = new Round(count / ((System.nanoTime() - start) / 1e9), deferred.get(), slowest.get(),
                late.get(), (CPU.getProcessCpuTime() - cpuStart) / 1e3 / count,
                JIT.getTotalCompilationTime() - jitStart);
        System.out.printf("  %s: %.0f/s, %d deferred, first response at most %d ms after creation, %d late (> 3 s),"
                + " %.0f us CPU each, %d ms compiling%n", who, round.rate(), round.deferred(), round.slowestMillis(),
                round.late(), round.cpuMicros(), round.jitMillis());
        discord.rest().clear();
        return round;
    }

    /** The interaction a callback ({@code interactions/{id}/...}) or an edit ({@code .../itoken-{id}/...}) is for. */
    private static String interactionOf(FakeRest.Recorded request) {
        String path = request.path();
        if (path.startsWith("interactions/")) {
            return path.split("/")[1];
        }
        int token = path.indexOf("itoken-");
        return token < 0 ? path : path.substring(token + "itoken-".length()).split("/")[0];
    }
}
