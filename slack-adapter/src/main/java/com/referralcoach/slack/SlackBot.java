package com.referralcoach.slack;

import com.referralcoach.core.ReferralCoachException;
import com.referralcoach.core.domain.ChannelRef;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.engine.BotEngine;
import com.referralcoach.core.inbox.FirstResponses;
import com.referralcoach.core.inbox.GroupedInbox;
import com.referralcoach.core.inbox.Inbox;
import com.referralcoach.core.inbox.SeenEvents;
import com.referralcoach.core.port.EventLedger;
import com.referralcoach.core.port.ChatPlatform;
import com.referralcoach.core.port.FileRoutes;
import com.referralcoach.core.port.Installations;
import com.referralcoach.core.port.MessageInbox;
import com.referralcoach.core.reply.Attachment;
import com.referralcoach.core.reply.Reply;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.request.SocketModeRequestParser;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Referral Coach on Slack: starts the Bolt app in Socket Mode or HTTP mode, and is the {@link ChatPlatform}
 * reminders go out through. Close it to disconnect and let queued messages go out.
 */
public final class SlackBot implements ChatPlatform, AutoCloseable {
    /** The platform name of Slack's messages in the shared inbox. */
    static final String PLATFORM = "slack";
    /** Requests acked together by one inbox write leave none on their way for an instant: work waits this long more. */
    private static final Duration ACK_QUIET = Duration.ofMillis(2);

    /**
     * Pool sizes and pace; {@link #defaults()} suits Slack, tests shorten the pace. {@code homeSpacing} is the least
     * time between two App Home publishes in one workspace ({@link HomeRefreshes}).
     */
    record Tuning(Duration channelSpacing, int senders, int workers, int rateLimitRetries, Duration ackFirst,
                  long mostUploadBytes, Duration homeSpacing) {
        Tuning(Duration channelSpacing, int senders, int workers, int rateLimitRetries, Duration ackFirst) {
            this(channelSpacing, senders, workers, rateLimitRetries, ackFirst, SlackExports.SLACK_MOST_BYTES,
                    HomeRefreshes.SLACK_SPACING);
        }

        static Tuning defaults() {
            return new Tuning(Duration.ofSeconds(1), 4, 4, 5, Duration.ofSeconds(1));
        }

        /** The same, with exports over {@code bytes} refused as too big (tests use a small one). */
        Tuning withMostUploadBytes(long bytes) {
            return new Tuning(channelSpacing, senders, workers, rateLimitRetries, ackFirst, bytes, homeSpacing);
        }
    }

    private final App app;
    private final AutoCloseable inbound;
    private final int httpPort;
    private final ConversationQueue queue;
    private final GroupedInbox inbox;
    private final ChannelPacer pacer;
    private final HomeRefreshes homes;
    private final SlackPlatform platform;
    private final AutoCloseable leftovers;

    private SlackBot(App app, AutoCloseable inbound, int httpPort, ConversationQueue queue, GroupedInbox inbox,
                     ChannelPacer pacer, HomeRefreshes homes, SlackPlatform platform, AutoCloseable leftovers) {
        this.leftovers = leftovers;
        this.app = app;
        this.inbound = inbound;
        this.httpPort = httpPort;
        this.queue = queue;
        this.inbox = inbox;
        this.pacer = pacer;
        this.homes = homes;
        this.platform = platform;
    }

    /**
     * Connects to Slack (with one workspace's token, auth.test first: a bad token fails here; with OAuth, serves
     * installs of many workspaces), answers what {@code inbox} holds from the last stop, and starts taking events,
     * keeping each message in {@code inbox} until it is answered.
     */
    public static SlackBot start(SlackSettings settings, BotEngine engine, MessageInbox inbox,
                                 Installations installations, Clock clock) {
        return start(settings, engine, inbox, installations, clock, FileRoutes.none(), Tuning.defaults());
    }

    /**
     * As above, and joins {@code files} (the routes of the engine's file ports) before the first message: contact
     * files reps share in their DM are read from Slack, imports tell their progress in one message updated in
     * place, and exports are uploaded to the rep's DM.
     */
    public static SlackBot start(SlackSettings settings, BotEngine engine, MessageInbox inbox,
                                 Installations installations, Clock clock, FileRoutes files) {
        return start(settings, engine, inbox, installations, clock, files, Tuning.defaults());
    }

    /** As above, with events also checked in {@code events}, the ledger every process on the store shares. */
    public static SlackBot start(SlackSettings settings, BotEngine engine, MessageInbox inbox,
                                 Installations installations, Clock clock, FileRoutes files, EventLedger events) {
        return start(settings, engine, inbox, installations, clock, files, Tuning.defaults(), events);
    }

    static SlackBot start(SlackSettings settings, BotEngine engine, MessageInbox inbox, Installations installations,
                          Clock clock, Tuning tuning) {
        return start(settings, engine, inbox, installations, clock, FileRoutes.none(), tuning);
    }

    static SlackBot start(SlackSettings settings, BotEngine engine, MessageInbox inbox, Installations installations,
                          Clock clock, FileRoutes files, Tuning tuning) {
        return start(settings, engine, inbox, installations, clock, files, tuning, EventLedger.NONE);
    }

    static SlackBot start(SlackSettings settings, BotEngine engine, MessageInbox inbox, Installations installations,
                          Clock clock, FileRoutes files, Tuning tuning, EventLedger events) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl().toString());
        Slack slack = Slack.getInstance(config);
        App app = new App(OAuthInstalls.config(settings, slack));
        BotTokens tokens = OAuthInstalls.tokens(settings, slack, installations, clock);
        SlackCalls calls = new SlackCalls(slack, tokens);
        ChannelPacer pacer = new ChannelPacer(tuning.channelSpacing(), tuning.senders(), tuning.rateLimitRetries());
        FirstResponses ackFirst = new FirstResponses(0, ACK_QUIET, tuning.ackFirst());
        ConversationQueue queue = new ConversationQueue(tuning.workers(), ackFirst);
        SlackOutbox outbox = new SlackOutbox(calls, pacer, slack);
        WorkspaceStanding standing = new WorkspaceStanding(installations, clock);
        SlackPlatform platform = new SlackPlatform(outbox, new SlackUploads(calls, pacer), standing);
        SlackProgress progress = new SlackProgress(calls, pacer, outbox);
        okhttp3.OkHttpClient http = slack.getHttpClient().getOkHttpClient();
        files.join(platform::serves, new SlackContactFiles(calls, new SlackFileDownloads(http, tokens,
                settings.apiUrl())), progress, new SlackExports(calls, pacer, outbox, http, platform,
                tuning.mostUploadBytes()));
        SlackViews views = new SlackViews(calls, pacer);
        // Events arriving together are kept in one write: each ack still waits for its message to be durable.
        GroupedInbox grouped = new GroupedInbox(inbox, "slack-inbox");
        SlackPeople people = new SlackPeople(calls, clock);
        HomeRefreshes homes = new HomeRefreshes(tuning.homeSpacing(), tuning.senders(), (team, user) ->
                views.publishHome(team, user, engine.home(new WorkspaceId(team), new RepId(user),
                        people.of(team, user).name())));
        CoachDesk desk = new CoachDesk(engine, people, homes, queue, new Inbox(grouped, PLATFORM), progress);
        MessageEvents.register(app, desk, outbox, new SeenEvents(events, PLATFORM, clock), clock, standing);
        CoachCommand.register(app, desk, outbox, views, standing);
        Interactions.register(app, desk, outbox, views, new SeenEvents(events, PLATFORM + "-click", clock), standing);
        Uninstalls.register(app, standing);
        OAuthInstalls.serve(app, settings, installations, standing, clock);
        NoHandler runner = new NoHandler(app, outbox);
        try {
            if (settings.botToken().isPresent()) {
                // The token works (a bad one fails here): its workspace has the bot, whatever an uninstall said.
                standing.heardFrom(calls.run(BotTokens.ANY, "auth.test", m -> m.authTest(r -> r)).getTeamId());
            }
            desk.answerWaiting(outbox);
            // On a store other processes share, what a crashed one left is answered here once it is old enough.
            AutoCloseable leftovers = desk.lookAgainNowAndThen(outbox);
            if (settings.mode() == SlackSettings.Mode.HTTP) {
                app.start();
                SlackHttpServer server = SlackHttpServer.start(app, runner, settings.httpPort().getAsInt(),
                        ackFirst);
                return new SlackBot(app, server, server.port(), queue, grouped, pacer, homes, platform, leftovers);
            }
            app.start();
            SocketModeLinks socket = new SocketModeLinks(slack, settings.appToken().orElseThrow(), runner,
                    new SocketModeRequestParser(app.config()));
            socket.start();
            return new SlackBot(app, socket, -1, queue, grouped, pacer, homes, platform, leftovers);
        } catch (Exception e) {
            closeQuietly(queue);
            closeQuietly(grouped);
            closeQuietly(homes);
            closeQuietly(pacer);
            throw new ReferralCoachException("Slack could not start: " + e.getMessage(), e);
        }
    }

    /** The port HTTP mode listens on, or -1 in Socket Mode. */
    public int httpPort() {
        return httpPort;
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

    @Override
    public void close() {
        closeQuietly(leftovers);
        closeQuietly(inbound);
        closeQuietly(queue);
        closeQuietly(inbox);
        closeQuietly(homes);
        closeQuietly(pacer);
        app.stop();
    }

    /**
     * Whether Slack can reach the bot: in Socket Mode, the link in use is open; in HTTP mode, the server is
     * listening (Slack calls in), so it is ready once started.
     */
    public boolean connected() {
        return !(inbound instanceof SocketModeLinks socket) || socket.connected();
    }

    @Override
    public String toString() {
        return "SlackBot[" + (httpPort < 0 ? "Socket Mode" : "HTTP on port " + httpPort) + "]";
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
