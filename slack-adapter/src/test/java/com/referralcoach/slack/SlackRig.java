package com.referralcoach.slack;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.digest.DigestDesk;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.engine.BotEngine;
import com.referralcoach.core.engine.IncomingMessage;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.port.DigestRequests;
import com.referralcoach.core.port.FileRoutes;
import com.referralcoach.core.port.Installations;
import com.referralcoach.core.port.MessageInbox;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.schedule.quartz.DigestScheduler;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.TestClock;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The real engine on the embedded store, a fake Slack, and the Slack bot between them; with digests, the real
 * digest scheduler (Quartz) posts "digest East now" through the bot, on the rig's clock.
 */
final class SlackRig implements AutoCloseable {
    static final String BOT_TOKEN = "xoxb-0000-secret-bot-token";
    static final String APP_TOKEN = "xapp-1-secret-app-token";
    static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final ZoneId UTC = ZoneId.of("UTC");

    final TestClock clock = new TestClock(ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, UTC).toInstant());
    final FakeSlackApi api;
    final FakeSocketMode socket;
    final CoachStore store;
    final MessageInbox inbox;
    final Installations installations;
    final BotEngine engine;
    /** The engine's file ports: the bot joins them as it starts, as bot-app wires it. */
    final FileRoutes files = FileRoutes.none();
    final SlackBot bot;
    private final DigestScheduler digests;

    private SlackRig(MongoDatabase db, boolean http, SlackBot.Tuning tuning, boolean withDigests) throws Exception {
        api = new FakeSlackApi();
        store = MongoCoachStore.open(db, clock);
        inbox = MongoCoachStore.openInbox(db);
        installations = MongoCoachStore.openInstallations(db);
        AtomicReference<DigestRequests> requests = new AtomicReference<>(DigestRequests.NONE);
        engine = new BotEngine(store, new ChatParser(), clock, UTC, (ws, team) -> requests.get().postNow(ws, team),
                files, files, files);
        if (http) {
            socket = null;
            bot = SlackBot.start(new SlackSettings(BOT_TOKEN, Optional.empty(), Optional.of(SIGNING_SECRET),
                    OptionalInt.of(0), URI.create(api.apiUrl())), engine, inbox, installations,
                    Clock.systemUTC(), files, tuning);
        } else {
            socket = new FakeSocketMode();
            socket.start();
            api.socketModeAt(socket.url());
            bot = SlackBot.start(new SlackSettings(BOT_TOKEN, Optional.of(APP_TOKEN), Optional.empty(),
                    OptionalInt.empty(), URI.create(api.apiUrl())), engine, inbox, installations,
                    Clock.systemUTC(), files, tuning);
            socket.awaitConnected();
        }
        digests = withDigests ? DigestScheduler.start(store.teams(), store.digests(), DigestDesk.over(store, bot, clock),
                Duration.ofHours(1))
                : null;
        if (digests != null) {
            requests.set(digests);
        }
    }

    /** A new process on the same fake Slack and store: this rig's bot stopped, a new engine and bot started. */
    private SlackRig(SlackRig before, MongoDatabase db) throws Exception {
        before.bot.close();
        api = before.api;
        socket = before.socket;
        store = MongoCoachStore.open(db, clock);
        clock.set(before.clock.instant());
        inbox = MongoCoachStore.openInbox(db);
        installations = MongoCoachStore.openInstallations(db);
        engine = new BotEngine(store, new ChatParser(), clock, UTC, DigestRequests.NONE, files, files, files);
        bot = SlackBot.start(new SlackSettings(BOT_TOKEN, Optional.of(APP_TOKEN), Optional.empty(),
                OptionalInt.empty(), URI.create(api.apiUrl())), engine, inbox, installations, Clock.systemUTC(), files,
                tuning(Duration.ofMillis(20), 5));
        digests = null;
    }

    /** This Socket Mode rig's bot restarted: close the rig returned (it closes the fakes). */
    SlackRig restarted(MongoDatabase db) throws Exception {
        SlackRig after = new SlackRig(this, db);
        socket.awaitLinks(2);
        return after;
    }

    static SlackRig socketMode(MongoDatabase db) throws Exception {
        return new SlackRig(db, false, tuning(Duration.ofMillis(20), 5), false);
    }

    /** Socket Mode with the digest scheduler running, as bot-app wires it. */
    static SlackRig socketModeWithDigests(MongoDatabase db) throws Exception {
        return new SlackRig(db, false, tuning(Duration.ofMillis(20), 5), true);
    }

    /** Socket Mode where an export over {@code bytes} is too big to upload. */
    static SlackRig socketModeUploadingAtMost(MongoDatabase db, long bytes) throws Exception {
        return new SlackRig(db, false, tuning(Duration.ofMillis(20), 5).withMostUploadBytes(bytes), false);
    }

    static SlackRig httpMode(MongoDatabase db) throws Exception {
        return new SlackRig(db, true, tuning(Duration.ofMillis(20), 5), false);
    }

    static SlackRig httpMode(MongoDatabase db, Duration spacing) throws Exception {
        return new SlackRig(db, true, tuning(spacing, 5), false);
    }

    /** HTTP mode where a 429 is not waited out but fails the send as rate limited at once. */
    static SlackRig httpModeWithoutRetries(MongoDatabase db) throws Exception {
        return new SlackRig(db, true, tuning(Duration.ofMillis(20), 0), false);
    }

    private static SlackBot.Tuning tuning(Duration spacing, int rateLimitRetries) {
        return new SlackBot.Tuning(spacing, 4, 4, rateLimitRetries, SlackBot.Tuning.defaults().ackFirst());
    }

    /** What the engine says to {@code text} from this rep now: used to check what was stored. */
    String engineSays(String team, String user, String text) {
        Reply reply = engine.handle(new IncomingMessage(new WorkspaceId(team), new RepId(user), "check", text));
        StringBuilder all = new StringBuilder(reply.text());
        reply.fields().forEach(f -> all.append('\n').append(f.label()).append(": ").append(f.value()));
        return all.toString();
    }

    @Override
    public void close() throws Exception {
        if (digests != null) {
            digests.close();
        }
        bot.close();
        if (socket != null) {
            socket.stop(500);
        }
        api.close();
    }
}
