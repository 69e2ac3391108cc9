package com.referralcoach.discord;

import com.referralcoach.core.ReferralCoachException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;

/**
 * This process's gateway shards, one JDA each under a {@link ShardManager}. Servers are seen only through the
 * shards that receive their events; anything sent through REST (direct messages, users, global commands) goes
 * through any shard, so it works in a process without shard 0 too.
 */
final class BotShards extends ListenerAdapter {
    private final Map<Integer, CompletableFuture<Void>> ready = new ConcurrentHashMap<>();
    private volatile ShardManager manager;
    private volatile List<Integer> ids = List.of();

    /** Builds the shards with {@code builder} (this object listens too) and waits until each has every server. */
    void connect(DefaultShardManagerBuilder builder, Optional<DiscordShards> wanted) throws InterruptedException {
        wanted.ifPresent(shards -> ids = shards.ids());
        manager = builder.addEventListeners(this).build(); // asks Discord for the recommended total, if none is set
        if (wanted.isEmpty()) {
            ids = IntStream.range(0, manager.getShardsTotal()).boxed().toList();
        }
        try {
            for (int id : ids) {
                shardReady(id).get();
            }
        } catch (ExecutionException e) {
            close();
            throw new ReferralCoachException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            List<JDA> running = manager.getShards();
            manager.shutdown();
            running.forEach(JDA::shutdownNow);
            throw e;
        }
    }

    @Override
    public void onReady(ReadyEvent event) {
        if (manager == null) { // a shard may be ready before build() has returned
            manager = event.getJDA().getShardManager();
        }
        shardReady(event.getJDA().getShardInfo().getShardId()).complete(null);
    }

    @Override
    public void onShutdown(ShutdownEvent event) {
        shardReady(event.getJDA().getShardInfo().getShardId()).completeExceptionally(new ReferralCoachException(
                "Discord closed shard " + event.getJDA().getShardInfo().getShardString() + ": " + event.getCode()
                        + (event.getCloseCode() == null ? "" : " " + event.getCloseCode().getMeaning())));
    }

    private CompletableFuture<Void> shardReady(int id) {
        return ready.computeIfAbsent(id, key -> new CompletableFuture<>());
    }

    /** A shard to send REST requests through: any one of this process's. */
    JDA any() {
        return manager.getShards().get(0);
    }

    /** The server, if one of this process's shards receives its events. */
    Optional<Guild> guild(String id) {
        ShardManager shards = manager;
        if (shards == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(shards.getGuildById(id));
        } catch (IllegalArgumentException e) { // not a snowflake
            return Optional.empty();
        }
    }

    /**
     * True when {@code guildId} is a server id whose events go to a shard another process runs: this process cannot
     * see the server, but can still send to its members through REST.
     */
    boolean elsewhere(String guildId) {
        if (manager == null) {
            return false;
        }
        try {
            return !runs(DiscordShards.shardOf(Long.parseUnsignedLong(guildId), total()));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    List<Guild> guilds() {
        return manager.getGuilds();
    }

    /** The total of shards of the bot, in this process and others. */
    int total() {
        return manager.getShardsTotal();
    }

    /** The shards this process runs. */
    List<Integer> ids() {
        return ids;
    }

    /** True when shard {@code id} runs in this process. */
    boolean runs(int id) {
        return ids.contains(id);
    }

    /** True when every shard of this process is connected to the gateway. */
    boolean connected() {
        ShardManager shards = manager;
        return shards != null && ids.stream().allMatch(id -> {
            JDA shard = shards.getShardById(id);
            return shard != null && shard.getStatus() == JDA.Status.CONNECTED;
        });
    }

    String selfName() {
        return any().getSelfUser().getName();
    }

    /** Disconnects every shard, waiting a while for each. */
    void close() throws InterruptedException {
        ShardManager shards = manager;
        if (shards == null) {
            return;
        }
        List<JDA> running = shards.getShards();
        shards.shutdown();
        for (JDA shard : running) {
            if (!shard.awaitShutdown(Duration.ofSeconds(10))) {
                shard.shutdownNow();
            }
        }
    }
}
