package com.referralcoach.discord;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.engine.BotEngine;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One bot process of several on one fake Discord and one store: its own store connection, engine (counting the
 * messages it handled) and bot, running the shards {@code shards} says (none: as many as Discord recommends).
 */
final class ShardProcess implements AutoCloseable {
    final CoachStore store;
    final BotEngine engine;
    final DiscordBot bot;
    private final AtomicInteger handled;

    private ShardProcess(CoachStore store, BotEngine engine, DiscordBot bot, AtomicInteger handled) {
        this.store = store;
        this.engine = engine;
        this.bot = bot;
        this.handled = handled;
    }

    static ShardProcess start(FakeDiscord discord, MongoDatabase db, Clock clock, String shards) throws Exception {
        CoachStore store = MongoCoachStore.open(db, clock);
        BotEngine engine = new BotEngine(store, new ChatParser(), clock, DiscordRig.ZONE);
        AtomicInteger handled = new AtomicInteger();
        engine.observe((family, understood, took) -> handled.incrementAndGet());
        DiscordSettings settings = shards.isEmpty() ? discord.settings()
                : discord.settings().withShards(DiscordShards.parse(shards));
        return new ShardProcess(store, engine, DiscordRig.startBot(settings, engine, db), handled);
    }

    /** How many messages (commands, direct messages, clicks) this process's engine has handled. */
    int handled() {
        return handled.get();
    }

    @Override
    public void close() throws Exception {
        bot.close();
    }
}
