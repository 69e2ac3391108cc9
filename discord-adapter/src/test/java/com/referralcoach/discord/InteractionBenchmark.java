package com.referralcoach.discord;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.referralcoach.core.engine.BotEngine;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;

/**
 * Interactions per second through real JDA and the fake gateway: a bare JDA listener that only replies, then
 * Referral Coach (defer, engine over the embedded MongoDB, edit), in one run. Run by hand (see the README).
 */
final class InteractionBenchmark {
    private static final int WARM_UP = 1500;
    private static final int MEASURED = 3000;
    private static final int MEMBERS = 50;

    private InteractionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int measured = args.length > 0 ? Integer.parseInt(args[0]) : MEASURED;
        double bare = bareJda(measured);
        double reads = referralCoach(measured, false);
        double mixed = referralCoach(measured, true);
        System.out.printf("%d interactions each, %d members, %d cores%n", measured, MEMBERS,
                Runtime.getRuntime().availableProcessors());
        System.out.printf("bare JDA listener (reply only):                 %6.0f interactions/s%n", bare);
        System.out.printf("Referral Coach, /coach pipeline (reads):        %6.0f interactions/s  (%.2f of bare)%n",
                reads, reads / bare);
        System.out.printf("Referral Coach, half 'met ... at Acme' writes:  %6.0f interactions/s  (%.2f of bare)%n",
                mixed, mixed / bare);
        System.exit(0);
    }

    private static double bareJda(int measured) throws Exception {
        try (FakeDiscord discord = FakeDiscord.start("Bench")) {
            JDA jda = JDABuilder.createLight(FakeDiscord.TOKEN, EnumSet.noneOf(GatewayIntent.class))
                    .setRestConfig(new RestConfig().setBaseUrl(discord.settings().apiUrl()))
                    .setSessionController(new FixedGateway(discord.settings().gatewayUrl()))
                    .setCompression(Compression.NONE)
                    .addEventListeners(new ListenerAdapter() {
                        @Override
                        public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                            event.reply("ok").setEphemeral(true).queue();
                        }
                    }).build();
            jda.awaitReady();
            try {
                run(discord, WARM_UP, "interactions/", false);
                return run(discord, measured, "interactions/", false);
            } finally {
                jda.shutdownNow();
            }
        }
    }

    private static double referralCoach(int measured, boolean writes) throws Exception {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
             FakeDiscord discord = FakeDiscord.start("Bench")) {
            BotEngine engine = new BotEngine(MongoCoachStore.open(client.getDatabase("bench")), new ChatParser(),
                    Clock.systemUTC(), DiscordRig.ZONE);
            try (DiscordBot bot = DiscordBot.start(discord.settings(), engine)) {
                run(discord, WARM_UP, "webhooks/", writes);
                return run(discord, measured, "webhooks/", writes);
            }
        } finally {
            server.shutdownNow();
        }
    }

    /** Sends {@code count} slash commands (reads, or half writes) and waits for each one's answer. */
    private static double run(FakeDiscord discord, int count, String answeredBy, boolean writes)
            throws InterruptedException {
        discord.rest().clear();
        FakeDiscord.Server server = discord.server(0);
        List<String> members = java.util.stream.IntStream.range(0, MEMBERS).mapToObj(i -> discord.user("m" + i))
                .toList();
        CountDownLatch answered = new CountDownLatch(count);
        discord.rest().tap(request -> {
            if (request.path().startsWith(answeredBy)) {
                answered.countDown();
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
        discord.rest().clear();
        return count / ((System.nanoTime() - start) / 1e9);
    }
}
