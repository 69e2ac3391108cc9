package com.referralcoach.discord;

import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.engine.BotEngine;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.discord.FakeRest.Recorded;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;
import net.dv8tion.jda.api.utils.data.DataObject;

/** A fake Discord, the real engine over the embedded MongoDB, and the real bot between them. */
final class DiscordRig implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(20);

    final FakeDiscord discord;
    final CoachStore store;
    final BotEngine engine;
    final DiscordBot bot;

    private DiscordRig(FakeDiscord discord, CoachStore store, BotEngine engine, DiscordBot bot) {
        this.discord = discord;
        this.store = store;
        this.engine = engine;
        this.bot = bot;
    }

    static DiscordRig start(MongoDatabase db, String... servers) throws Exception {
        return start(db, settings -> settings, servers);
    }

    static DiscordRig start(MongoDatabase db, java.util.function.UnaryOperator<DiscordSettings> adjust,
                            String... servers) throws Exception {
        FakeDiscord discord = FakeDiscord.start(servers);
        CoachStore store = MongoCoachStore.open(db);
        BotEngine engine = new BotEngine(store, new ChatParser(), Clock.systemUTC(), ZoneId.of("Europe/Berlin"));
        DiscordBot bot = DiscordBot.start(adjust.apply(discord.settings()), engine);
        return new DiscordRig(discord, store, engine, bot);
    }

    /** Waits for the first recorded request that matches and returns it. */
    Recorded awaitRequest(Predicate<Recorded> match) {
        return await().atMost(WAIT).until(() -> discord.requests().stream().filter(match).findFirst(),
                java.util.Optional::isPresent).get();
    }

    List<Recorded> requests(Predicate<Recorded> match) {
        return discord.requests().stream().filter(match).toList();
    }

    /** The answer to an interaction: the edit of its deferred reply (or of the clicked message). */
    DataObject answerTo(String interactionId) {
        Recorded edit = awaitRequest(r -> r.is("PATCH", "webhooks/" + FakeDiscord.APPLICATION_ID + "/itoken-"
                + interactionId + "/messages/@original"));
        return DataObject.fromJson(edit.body());
    }

    static Predicate<Recorded> callbackOf(String interactionId) {
        return r -> r.is("POST", "interactions/" + interactionId + "/");
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

    @Override
    public void close() throws Exception {
        bot.close();
        discord.close();
    }
}
