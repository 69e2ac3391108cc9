package com.referralcoach.discord;

import com.referralcoach.core.domain.ChannelRef;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.engine.BotEngine;
import com.referralcoach.core.inbox.FirstResponses;
import com.referralcoach.core.inbox.Inbox;
import com.referralcoach.core.inbox.SeenEvents;
import com.referralcoach.core.port.ActionTexts;
import com.referralcoach.core.port.ChatPlatform;
import com.referralcoach.core.port.FileRoutes;
import com.referralcoach.core.port.MemberHomes;
import com.referralcoach.core.port.MessageInbox;
import com.referralcoach.core.reply.Attachment;
import com.referralcoach.core.reply.Reply;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.GatewayEncoding;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.utils.Compression;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Referral Coach on Discord: connects this process's gateway shards, registers the slash commands (on one server at
 * once if configured, else globally; a bulk overwrite, so a restart changes nothing), serves members until closed,
 * and is the {@link ChatPlatform} reminders go out through. Direct messages reach only the process running shard 0;
 * sending works from any process.
 */
public final class DiscordBot implements ChatPlatform, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);
    /** The platform name of Discord's messages in the shared inbox and of members' homes. */
    static final String PLATFORM = "discord";
    /** JDA's gateway client: at TRACE it logs the IDENTIFY frame, token included. */
    static final String GATEWAY_CLIENT_LOGGER = "net.dv8tion.jda.internal.requests.WebSocketClient";
    private static final int LANES = 8;
    /** First responses on their way at once in the usual round trip to Discord: more than this is a queue. */
    private static final int USUAL_FIRST_RESPONSES = 8;
    /** The longest a piece of engine work holds back for first responses on their way. */
    private static final Duration FIRST_RESPONSES_PATIENCE = Duration.ofSeconds(1);

    private final BotShards shards;
    private final Lanes lanes;
    private final ScheduledExecutorService timer;
    private final DiscordPlatform platform;

    private final AutoCloseable leftovers;

    private DiscordBot(BotShards shards, Lanes lanes, ScheduledExecutorService timer, DiscordPlatform platform,
                       AutoCloseable leftovers) {
        this.leftovers = leftovers;
        this.shards = shards;
        this.lanes = lanes;
        this.timer = timer;
        this.platform = platform;
    }

    /**
     * Connects and waits until Discord has sent every server the bot is in, then answers the direct messages
     * {@code inbox} holds from the last stop; each direct message stays in {@code inbox} until it is handled.
     * {@code homes} remembers which server each member's direct messages are for; {@code actionTexts} keeps the text
     * of buttons too long for their id.
     */
    public static DiscordBot start(DiscordSettings settings, BotEngine engine, MessageInbox inbox, MemberHomes homes,
                                   ActionTexts actionTexts, Clock clock) throws InterruptedException {
        return start(settings, engine, inbox, homes, actionTexts, clock, FileRoutes.none());
    }

    /**
     * As above, and joins {@code files} (the routes of the engine's file ports) as soon as it is connected: a
     * contact file a member attaches to a direct message is previewed for an import, a long import edits one
     * progress message, and exports come as an attachment in the member's direct messages.
     */
    public static DiscordBot start(DiscordSettings settings, BotEngine engine, MessageInbox inbox, MemberHomes homes,
                                   ActionTexts actionTexts, Clock clock, FileRoutes files)
            throws InterruptedException {
        return start(settings, engine, inbox, homes, actionTexts, clock, files, Message.MAX_FILE_SIZE);
    }

    /** As above, attaching exports of at most {@code mostUploadBytes} (tests make it small). */
    static DiscordBot start(DiscordSettings settings, BotEngine engine, MessageInbox inbox, MemberHomes homes,
                            ActionTexts actionTexts, Clock clock, FileRoutes files, long mostUploadBytes)
            throws InterruptedException {
        if (LoggerFactory.getLogger(GATEWAY_CLIENT_LOGGER).isTraceEnabled()) {
            log.warn("{} logs at TRACE, which would write the bot token to the log; set it to DEBUG or above",
                    GATEWAY_CLIENT_LOGGER);
        }
        FirstResponses firstResponses = new FirstResponses(USUAL_FIRST_RESPONSES, Duration.ZERO,
                FIRST_RESPONSES_PATIENCE);
        Lanes lanes = new Lanes(LANES, firstResponses);
        ActionIds ids = new ActionIds(actionTexts);
        DiscordRenderer renderer = new DiscordRenderer(ids);
        HomeGuilds homeGuilds = new HomeGuilds(homes, lanes::run);
        SeenEvents seen = new SeenEvents();
        DiscordProgress progress = new DiscordProgress(renderer);
        Conversations conversations = new Conversations(engine, lanes, progress);
        DiscordContactFiles contactFiles = new DiscordContactFiles();
        // Direct messages arrive one at a time on JDA's event thread, so each is kept in a write of its own.
        Inbox directInbox = new Inbox(inbox, PLATFORM);
        DirectMessageListener directMessages = new DirectMessageListener(conversations, renderer, homeGuilds, seen,
                directInbox, clock, contactFiles,
                settings.shards().map(DiscordShards::all).orElse(true));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "discord-acknowledgements");
            thread.setDaemon(true);
            return thread;
        });
        Acknowledgement acknowledgement = Acknowledgement.start(timer, renderer, firstResponses, clock);
        if (settings.shards().map(shards -> shards.runs(0)).orElse(true)) {
            // Only shard 0 receives direct messages, so only its process answers those a stop left waiting.
            directMessages.readWaiting();
        }
        BotShards shards = new BotShards();
        DiscordPlatform platform = new DiscordPlatform(shards, renderer, settings.fallbackChannelId());
        progress.connect(shards);
        files.join(platform::serves, contactFiles, progress, new DiscordExports(shards, platform, mostUploadBytes));
        try {
            shards.connect(connection(settings)
                    .addEventListeners(new SlashCommandListener(conversations, homeGuilds, seen, acknowledgement,
                                    directMessages),
                            new ComponentListener(conversations, renderer, ids, homeGuilds, seen, directMessages,
                                    acknowledgement),
                            directMessages), settings.shards());
        } catch (RuntimeException | InterruptedException e) {
            lanes.close();
            timer.shutdownNow();
            throw e;
        }
        registerCommands(shards, settings);
        directMessages.answerWaiting(shards.any());
        // On a store other processes share, what a crashed one left is answered by the one with shard 0, once old.
        AutoCloseable leftovers = !shards.runs(0) ? () -> { } : directInbox.lookAgainNowAndThen(() -> {
            directMessages.readWaiting();
            directMessages.answerWaiting(shards.any());
        });
        log.info("Referral Coach is on Discord as {} in {} server(s) on shard(s) {} of {}{}", shards.selfName(),
                shards.guilds().size(), shards.ids(), shards.total(), shards.runs(0) ? ""
                        : "; without shard 0 this process gets no direct messages (the one running shard 0 does)");
        return new DiscordBot(shards, lanes, timer, platform, leftovers);
    }

    /**
     * JDA as the bot uses it: direct messages, no member cache (so a member's permissions come with each
     * interaction), plain JSON to the configured REST API (over {@link RestConnections}) and gateway, the configured
     * shards (else Discord's recommended count, all here). Not the privileged Message Content intent: the bot reads
     * text only in its direct messages, whose content Discord sends without it, and in servers only commands, clicks
     * and forms; asking for it where the operator has not switched it on makes the gateway refuse the connection (close
     * code 4014).
     */
    static DefaultShardManagerBuilder connection(DiscordSettings settings) {
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(settings.token(),
                        EnumSet.of(GatewayIntent.DIRECT_MESSAGES))
                .setRestConfig(new RestConfig().setBaseUrl(settings.apiUrl()))
                .setHttpClientBuilder(RestConnections.client())
                .setSessionController(new FixedGateway(settings.gatewayUrl()))
                .setCompression(Compression.NONE)
                .setGatewayEncoding(GatewayEncoding.JSON)
                .setEnableShutdownHook(false);
        settings.shards().ifPresent(shards -> builder.setShardsTotal(shards.total()).setShards(shards.ids()));
        return builder;
    }

    private static void registerCommands(BotShards shards, DiscordSettings settings) {
        try {
            if (settings.commandGuildId().isPresent()) {
                String id = settings.commandGuildId().get();
                Optional<Guild> guild = shards.guild(id);
                if (guild.isEmpty()) {
                    if (shards.elsewhere(id)) {
                        log.info("DISCORD_GUILD_ID {} is on a shard another process runs; it registers the commands",
                                id);
                    } else {
                        log.warn("DISCORD_GUILD_ID {} is not a server the bot is in; commands not registered", id);
                    }
                    return;
                }
                guild.get().updateCommands().addCommands(SlashCommands.all()).submit().get(30, TimeUnit.SECONDS);
            } else {
                shards.any().updateCommands().addCommands(SlashCommands.all()).submit().get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.warn("Could not register the slash commands; the ones registered before stay: {}", e.toString());
        }
    }

    @Override
    public boolean serves(WorkspaceId workspace) {
        return platform.serves(workspace);
    }

    @Override
    public CompletableFuture<Void> send(WorkspaceId workspace, RepId rep, Reply message) {
        return platform.send(workspace, rep, message);
    }

    @Override
    public CompletableFuture<Void> publish(WorkspaceId workspace, ChannelRef channel, Reply message,
                                           List<Attachment> attachments) {
        return platform.publish(workspace, channel, message, attachments);
    }

    /** True when every gateway shard of this process is connected (what an operator's readiness check asks). */
    public boolean connected() {
        return shards.connected();
    }

    /** Lets running work finish and its answers go out, then disconnects. */
    @Override
    public void close() throws InterruptedException {
        try {
            leftovers.close();
        } catch (Exception e) {
            log.debug("Stopping the look for direct messages left waiting: {}", e.toString());
        }
        lanes.close();
        timer.shutdown();
        timer.awaitTermination(5, TimeUnit.SECONDS);
        shards.close();
    }

    @Override
    public String toString() {
        return "DiscordBot[" + shards.selfName() + ", shards " + shards.ids() + " of " + shards.total() + "]";
    }
}
