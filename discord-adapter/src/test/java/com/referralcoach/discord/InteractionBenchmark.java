package com.referralcoach.discord;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.referralcoach.core.engine.BotEngine;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.store.embedded.EmbeddedMongoServer;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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
 * Both bots stay connected; rounds alternate between them so a noisy machine hurts both alike; medians are printed.
 * Run by hand (see the README); arguments: interactions per round (default 2000), rounds (default 3).
 */
final class InteractionBenchmark {
    private static final int WARM_UP = 1500;
    private static final int WARM_UPS = Integer.getInteger("warmUps", 3);
    private static final int MEMBERS = 50;
    /** -Dwrites=false leaves out the rounds with writes (and warms up on reads), to profile the read path alone. */
    private static final boolean WITH_WRITES = Boolean.parseBoolean(System.getProperty("writes", "true"));

    private InteractionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int perRound = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
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
                // Alternating, until the JIT has compiled both paths (in the first rounds it took a fifth of the CPU).
                for (int warmUp = 0; warmUp < WARM_UPS; warmUp++) {
                    run("bare (warm-up)", bareDiscord, WARM_UP, false);
                    run("ours (warm-up)", ourDiscord, WARM_UP, WITH_WRITES);
                }
                List<Double> bareRates = new ArrayList<>();
                List<Double> readRates = new ArrayList<>();
                List<Double> mixedRates = new ArrayList<>();
                for (int round = 0; round < rounds; round++) {
                    bareRates.add(run("bare", bareDiscord, perRound, false));
                    readRates.add(run("ours, reads", ourDiscord, perRound, false));
                    if (WITH_WRITES) {
                        mixedRates.add(run("ours, half writes", ourDiscord, perRound, true));
                    }
                }
                report(perRound, rounds, bareRates, readRates, mixedRates);
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
                .addEventListeners(new ListenerAdapter() {
                    @Override
                    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                        event.reply("ok").setEphemeral(true).queue();
                    }
                }).build().awaitReady();
    }

    private static void report(int perRound, int rounds, List<Double> bare, List<Double> reads, List<Double> mixed) {
        double bareMedian = median(bare);
        System.out.printf("%d interactions per round, %d rounds, %d members, %d cores (medians; all rounds in [])%n",
                perRound, rounds, MEMBERS, Runtime.getRuntime().availableProcessors());
        System.out.printf("bare JDA listener (reply only):                %6.0f interactions/s %s%n", bareMedian,
                rounded(bare));
        System.out.printf("Referral Coach, /coach pipeline (reads):       %6.0f interactions/s %s  %.2f of bare%n",
                median(reads), rounded(reads), median(reads) / bareMedian);
        if (!mixed.isEmpty()) {
            System.out.printf("Referral Coach, half 'met ... at Acme' writes: %6.0f interactions/s %s  %.2f of bare%n",
                    median(mixed), rounded(mixed), median(mixed) / bareMedian);
        }
    }

    private static double median(List<Double> rates) {
        List<Double> sorted = rates.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static List<Long> rounded(List<Double> rates) {
        return rates.stream().map(Math::round).toList();
    }

    /** An interaction's answer: a reply in its callback, or the edit of a deferred reply. */
    private static boolean answers(FakeRest.Recorded request) {
        return request.method().equals("PATCH") && request.path().startsWith("webhooks/")
                || request.path().startsWith("interactions/") && request.body().contains("\"type\":4");
    }

    /**
     * Sends {@code count} slash commands (reads, or half writes) and waits for each one's answer; prints the rate and
     * how many were deferred (answered after a "thinking..." because their deadline came first), and how soon each
     * got its first response: Discord fails an interaction not acknowledged within 3 seconds of its creation.
     */
    private static double run(String who, FakeDiscord discord, int count, boolean writes)
            throws InterruptedException {
        discord.rest().clear();
        FakeDiscord.Server server = discord.server(0);
        List<String> members = IntStream.range(0, MEMBERS).mapToObj(i -> discord.user("m" + i)).toList();
        CountDownLatch answered = new CountDownLatch(count);
        AtomicInteger deferred = new AtomicInteger();
        AtomicInteger late = new AtomicInteger();
        AtomicLong slowest = new AtomicLong();
        discord.rest().tap(request -> {
            if (request.is("POST", "interactions/")) {
                // Discord's 3 seconds run from the interaction's creation, the time in its id.
                long waited = System.currentTimeMillis() - TimeUtil.getTimeCreated(
                        Long.parseLong(request.path().split("/")[1])).toInstant().toEpochMilli();
                slowest.accumulateAndGet(waited, Math::max);
                if (waited > 3_000) {
                    late.incrementAndGet();
                }
            }
            if (answers(request)) {
                answered.countDown();
            } else if (request.path().startsWith("interactions/") && request.body().contains("\"type\":5")) {
                deferred.incrementAndGet();
            }
        });
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            String text = writes && i % 2 == 0 ? "met Person " + (i % 40) + " at Acme" : "pipeline";
            discord.slash(server, members.get(i % MEMBERS), "coach", Map.of("text", text));
        }
        if (!answered.await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("not all interactions were answered");
        }
        double rate = count / ((System.nanoTime() - start) / 1e9);
        System.out.printf("  %s: %.0f/s, %d deferred, first response at most %d ms after creation, %d late (> 3 s)%n",
                who, rate, deferred.get(), slowest.get(), late.get());
        discord.rest().clear();
        return rate;
    }
}
