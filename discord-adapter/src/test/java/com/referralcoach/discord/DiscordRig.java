package com.referralcoach.discord;

import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.digest.DigestDesk;
import com.referralcoach.core.engine.BotEngine;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.port.DigestRequests;
import com.referralcoach.core.port.FileRoutes;
import com.referralcoach.core.schedule.quartz.DigestScheduler;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.discord.FakeRest.Recorded;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import net.dv8tion.jda.api.utils.data.DataObject;

/** A fake Discord, the real engine over the embedded MongoDB, and the real bot between them. */
final class DiscordRig implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(20);
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    final FakeDiscord discord;
    final CoachStore store;
    final BotEngine engine;
    final DiscordBot bot;
    private DigestScheduler digests;

    private DiscordRig(FakeDiscord discord, CoachStore store, BotEngine engine, DiscordBot bot) {
        this.discord = discord;
        this.store = store;
        this.engine = engine;
        this.bot = bot;
    }

    /** A rig whose "digest East now" is posted through the bot by the real digest scheduler, as bot-app wires it. */
    static DiscordRig startWithDigests(MongoDatabase db, Clock clock, String... servers) throws Exception {
        FakeDiscord discord = FakeDiscord.start(servers);
        CoachStore store = MongoCoachStore.open(db, clock);
        AtomicReference<DigestRequests> requests = new AtomicReference<>(DigestRequests.NONE);
        BotEngine engine = new BotEngine(store, new ChatParser(), clock, ZONE,
                (workspace, team) -> requests.get().postNow(workspace, team));
        DiscordRig rig = new DiscordRig(discord, store, engine, startBot(discord.settings(), engine, db));
        rig.digests = DigestScheduler.start(store.teams(), store.digests(), DigestDesk.over(store, rig.bot, clock),
                Duration.ofHours(1));
        requests.set(rig.digests);
        return rig;
    }

    /**
     * A rig whose engine reads the files members attach and hands exports back through the bot (as bot-app wires
     * it), attaching exports of at most {@code mostUploadBytes}.
     */
    static DiscordRig startWithFiles(MongoDatabase db, long mostUploadBytes, String... servers) throws Exception {
        FakeDiscord discord = FakeDiscord.start(servers);
        CoachStore store = MongoCoachStore.open(db, Clock.systemUTC());
        FileRoutes files = FileRoutes.none();
        BotEngine engine = new BotEngine(store, new ChatParser(), Clock.systemUTC(), ZONE, DigestRequests.NONE, files,
                files, files);
        DiscordBot bot = DiscordBot.start(discord.settings(), engine, MongoCoachStore.openInbox(db),
                MongoCoachStore.openMemberHomes(db), MongoCoachStore.openActionTexts(db), Clock.systemUTC(), files,
                mostUploadBytes);
        return new DiscordRig(discord, store, engine, bot);
    }

    static DiscordRig start(MongoDatabase db, String... servers) throws Exception {
        return start(db, settings -> settings, servers);
    }

    static DiscordRig start(MongoDatabase db, java.util.function.UnaryOperator<DiscordSettings> adjust,
                            String... servers) throws Exception {
        return start(db, Clock.systemUTC(), adjust, servers);
    }

    /** A rig whose fallback channel for closed DMs is the first server's channel. */
    static DiscordRig startWithFallback(MongoDatabase db, String... servers) throws Exception {
        FakeDiscord discord = FakeDiscord.start(servers);
        CoachStore store = MongoCoachStore.open(db, Clock.systemUTC());
        BotEngine engine = new BotEngine(store, new ChatParser(), Clock.systemUTC(), ZONE);
        DiscordBot bot = startBot(discord.settings().withFallbackChannel(discord.server(0).channelId()), engine, db);
        return new DiscordRig(discord, store, engine, bot);
    }

    /** A rig where {@code before} runs on the fake Discord before the bot starts (to leave work from a "last run"). */
    static DiscordRig startAfter(MongoDatabase db, java.util.function.Consumer<FakeDiscord> before, String... servers)
            throws Exception {
        FakeDiscord discord = FakeDiscord.start(servers);
        before.accept(discord);
        CoachStore store = MongoCoachStore.open(db, Clock.systemUTC());
        BotEngine engine = new BotEngine(store, new ChatParser(), Clock.systemUTC(), ZONE);
        return new DiscordRig(discord, store, engine, startBot(discord.settings(), engine, db));
    }

    static DiscordRig start(MongoDatabase db, Clock clock, java.util.function.UnaryOperator<DiscordSettings> adjust,
                            String... servers) throws Exception {
        FakeDiscord discord = FakeDiscord.start(servers);
        CoachStore store = MongoCoachStore.open(db, clock);
        BotEngine engine = new BotEngine(store, new ChatParser(), clock, ZONE);
        DiscordBot bot = startBot(adjust.apply(discord.settings()), engine, db);
        return new DiscordRig(discord, store, engine, bot);
    }

    /** The bot as bot-app starts it, its inbox and members' homes in {@code db}. */
    static DiscordBot startBot(DiscordSettings settings, BotEngine engine, MongoDatabase db) throws Exception {
        return DiscordBot.start(settings, engine, MongoCoachStore.openInbox(db), MongoCoachStore.openMemberHomes(db),
                MongoCoachStore.openActionTexts(db), Clock.systemUTC());
    }

    /**
     * This rig's bot stopped and a new process's bot started on the same fake Discord and store: a new engine, new
     * file routes, nothing remembered in memory. Close the rig returned (it closes the fake).
     */
    DiscordRig restartedWithFiles(MongoDatabase db, long mostUploadBytes) throws Exception {
        bot.close();
        CoachStore restarted = MongoCoachStore.open(db, Clock.systemUTC());
        FileRoutes files = FileRoutes.none();
        BotEngine fresh = new BotEngine(restarted, new ChatParser(), Clock.systemUTC(), ZONE, DigestRequests.NONE,
                files, files, files);
        DiscordBot next = DiscordBot.start(discord.settings(), fresh, MongoCoachStore.openInbox(db),
                MongoCoachStore.openMemberHomes(db), MongoCoachStore.openActionTexts(db), Clock.systemUTC(), files,
                mostUploadBytes);
        return new DiscordRig(discord, restarted, fresh, next);
    }

    static BotEngine engineOver(MongoDatabase db) {
        return new BotEngine(MongoCoachStore.open(db, Clock.systemUTC()), new ChatParser(), Clock.systemUTC(), ZONE);
    }

    /** Waits for the first recorded request that matches and returns it. */
    Recorded awaitRequest(Predicate<Recorded> match) {
        return awaitRequest(discord, match);
    }

    static Recorded awaitRequest(FakeDiscord discord, Predicate<Recorded> match) {
        return await().atMost(WAIT).until(() -> discord.requests().stream().filter(match).findFirst(),
                java.util.Optional::isPresent).get();
    }

    List<Recorded> requests(Predicate<Recorded> match) {
        return discord.requests().stream().filter(match).toList();
    }

    /**
     * The answer to an interaction: the reply in its callback when the engine was quick, else the edit of the
     * deferred reply (or of the clicked message).
     */
    DataObject answerTo(String interactionId) {
        return answerTo(discord, interactionId);
    }

    static DataObject answerTo(FakeDiscord discord, String interactionId) {
        Recorded answer = awaitRequest(discord, r -> r.is("PATCH", "webhooks/" + FakeDiscord.APPLICATION_ID
                + "/itoken-" + interactionId + "/messages/@original")
                || callbackOf(interactionId).test(r) && DataObject.fromJson(r.body()).getInt("type") == 4);
        DataObject body = DataObject.fromJson(answer.body());
        return answer.method().equals("PATCH") ? body : body.getObject("data");
    }

    static Predicate<Recorded> callbackOf(String interactionId) {
        return r -> r.is("POST", "interactions/" + interactionId + "/");
    }

    /** Says {@code text} with /coach and returns the text of the answer. */
    String coach(FakeDiscord.Server server, String user, String text) {
        return textOf(answerTo(discord.slash(server, user, "coach", java.util.Map.of("text", text))));
    }

    /** The custom ids of a message body's buttons, in order. */
    static List<String> buttonIds(DataObject body) {
        List<String> ids = new java.util.ArrayList<>();
        body.optArray("components").ifPresent(rows -> {
            for (int i = 0; i < rows.length(); i++) {
                rows.getObject(i).optArray("components").ifPresent(buttons -> {
                    for (int j = 0; j < buttons.length(); j++) {
                        ids.add(buttons.getObject(j).getString("custom_id", ""));
                    }
                });
            }
        });
        return ids;
    }

    /** All the text of a message body: its content, embed descriptions, titles and fields. */
    static String textOf(DataObject body) {
        StringBuilder text = new StringBuilder(body.getString("content", ""));
        body.optArray("embeds").ifPresent(embeds -> {
            for (int i = 0; i < embeds.length(); i++) {
                DataObject embed = embeds.getObject(i);
                text.append('\n').append(embed.getString("title", "")).append('\n')
                        .append(embed.getString("description", ""));
                embed.optArray("fields").ifPresent(fields -> {
                    for (int j = 0; j < fields.length(); j++) {
                        text.append('\n').append(fields.getObject(j).getString("name")).append(": ")
                                .append(fields.getObject(j).getString("value"));
                    }
                });
            }
        });
        return text.toString();
    }

    /**
     * Stops everything, then fails the test if Discord would have shown any interaction of it as failed (no response
     * within 3 seconds of its creation).
     */
    @Override
    public void close() throws Exception {
        List<String> failed;
        try {
            failed = discord.failedInteractions();
        } finally {
            if (digests != null) {
                digests.close();
            }
            bot.close();
            discord.close();
        }
        org.assertj.core.api.Assertions.assertThat(failed).as("interactions not answered within 3 s").isEmpty();
    }
}
