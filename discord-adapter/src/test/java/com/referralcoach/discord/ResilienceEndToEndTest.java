package com.referralcoach.discord;

import static com.referralcoach.discord.DiscordRig.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.engine.BotEngine;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.port.MessageInbox;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.discord.FakeDiscord.Server;
import com.referralcoach.discord.FakeRest.Answer;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;
import org.slf4j.LoggerFactory;

@ExtendWith(EmbeddedMongo.class)
@Timeout(90)
@Isolated // one test turns the root logger up to ALL and reads it: nothing else runs meanwhile
class ResilienceEndToEndTest {
    private static final Answer RATE_LIMITED = new Answer(429, "{\"message\":\"You are being rate limited.\","
            + "\"retry_after\":1.0,\"global\":false}", Map.of("Retry-After", "1", "Via", "1.1 google"));

    @Test
    void aGatewayCloseIsResumedWithNoInteractionLostOrDoneTwice(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.start(db, "Acme Sales")) {
            Server acme = rig.discord.server(0);
            String rita = rig.discord.user("rita");
            assertThat(rig.coach(acme, rita, "met Jane Doe at Acme")).contains("Saved");

            rig.discord.gateway().drop(4000);
            String whileAway = rig.discord.slash(acme, rita, "coach", Map.of("text", "referral from Jane Doe: Tom Lee"));

            assertThat(textOf(rig.answerTo(whileAway))).contains("Saved: new lead Tom Lee");
            await().atMost(DiscordRig.WAIT).until(() -> rig.discord.gateway().resumes() == 1);
            assertThat(rig.discord.gateway().identifies()).isEqualTo(1);
            rig.discord.redeliver(whileAway);
            assertThat(rig.coach(acme, rita, "pipeline")).contains("Tom Lee");
            assertThat(rig.requests(DiscordRig.callbackOf(whileAway))).hasSize(1);
            assertThat(rig.requests(r -> r.is("PATCH", "webhooks/" + FakeDiscord.APPLICATION_ID + "/itoken-"
                    + whileAway + "/"))).hasSizeLessThanOrEqualTo(1);
        }
    }

    @Test
    void aRateLimitedAnswerIsSentAgainAfterTheWait(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.start(db, "Acme Sales")) {
            rig.discord.rest().failNext(r -> r.is("POST", "interactions/"), 1, RATE_LIMITED);

            String id = rig.discord.slash(rig.discord.server(0), rig.discord.user("rita"), "coach",
                    Map.of("text", "met Jane Doe at Acme"));

            await().atMost(DiscordRig.WAIT).until(() -> rig.requests(DiscordRig.callbackOf(id)).size() == 2);
            assertThat(textOf(rig.answerTo(id))).contains("Saved: meeting with Jane Doe");
        }
    }

    @Test
    void anInteractionIsAcknowledgedAtOnceWhileTheStoreIsStuck(MongoDatabase db) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CoachStore stuck = StuckRoster.storeOver(db, release);
        try (FakeDiscord discord = FakeDiscord.start("Acme Sales");
             DiscordBot bot = DiscordBot.start(discord.settings(), new BotEngine(stuck, new ChatParser(),
                     Clock.systemUTC(), DiscordRig.ZONE), MongoCoachStore.openInbox(db),
                     MongoCoachStore.openMemberHomes(db),
                     MongoCoachStore.openActionTexts(db), Clock.systemUTC())) {
            String id = discord.slash(discord.server(0), discord.user("rita"), "coach", Map.of("text", "pipeline"));

            await().atMost(java.time.Duration.ofSeconds(3)).until(() -> discord.requests().stream()
                    .anyMatch(DiscordRig.callbackOf(id)));
            assertThat(discord.requests().stream().filter(DiscordRig.callbackOf(id)).findFirst().orElseThrow().body())
                    .contains("\"type\":5");
            assertThat(discord.requests()).noneMatch(r -> r.is("PATCH", "webhooks/"));
            release.countDown();
            await().atMost(DiscordRig.WAIT).until(() -> discord.requests().stream()
                    .anyMatch(r -> r.is("PATCH", "webhooks/")));
        }
    }

    @Test
    void anInteractionThatReachesTheBotLateIsAcknowledgedAtOnce(MongoDatabase db) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (FakeDiscord discord = FakeDiscord.start("Acme Sales");
             DiscordBot bot = DiscordBot.start(discord.settings(), new BotEngine(StuckRoster.storeOver(db, release),
                     new ChatParser(), Clock.systemUTC(), DiscordRig.ZONE), MongoCoachStore.openInbox(db),
                     MongoCoachStore.openMemberHomes(db),
                     MongoCoachStore.openActionTexts(db), Clock.systemUTC())) {
            // Discord's 3 seconds started 2.5 s ago, when it created the interaction: half a second is left.
            String id = discord.slashCreatedAgo(java.time.Duration.ofMillis(2_500), discord.server(0),
                    discord.user("rita"), "coach", Map.of("text", "pipeline"));

            await().atMost(java.time.Duration.ofSeconds(1)).until(() -> discord.requests().stream()
                    .anyMatch(DiscordRig.callbackOf(id)));
            assertThat(discord.requests().stream().filter(DiscordRig.callbackOf(id)).findFirst().orElseThrow().body())
                    .contains("\"type\":5");
            release.countDown();
            await().atMost(DiscordRig.WAIT).until(() -> discord.requests().stream()
                    .anyMatch(r -> r.is("PATCH", "webhooks/")));
        }
    }

    @Test
    void aDirectMessageWaitsInTheInboxWhileTheEngineWorksAndLeavesOnceHandled(MongoDatabase db) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CoachStore stuck = StuckRoster.storeOver(db, release);
        MessageInbox inbox = MongoCoachStore.openInbox(db);
        try (FakeDiscord discord = FakeDiscord.start("Acme Sales");
             DiscordBot bot = DiscordBot.start(discord.settings(), new BotEngine(stuck, new ChatParser(),
                     Clock.systemUTC(), DiscordRig.ZONE), inbox, MongoCoachStore.openMemberHomes(db),
                     MongoCoachStore.openActionTexts(db), Clock.systemUTC())) {
            String rita = discord.user("rita");
            discord.directMessage(rita, "met Jane Doe at Acme");

            // Durable before the engine gets to it: a crash now would leave it for the next start.
            await().atMost(DiscordRig.WAIT).until(() -> inbox.waiting("discord", 10), waiting -> waiting.size() == 1);
            assertThat(inbox.waiting("discord", 10).get(0).text()).isEqualTo("met Jane Doe at Acme");
            assertThat(discord.messagesIn(discord.dmChannelOf(rita))).isEmpty();

            release.countDown();
            await().atMost(DiscordRig.WAIT).until(() -> discord.messagesIn(discord.dmChannelOf(rita)).size() == 1);
            await().atMost(DiscordRig.WAIT).until(() -> inbox.waiting("discord", 10).isEmpty());
        }
    }

    /** Everything logged at every level, but JDA's gateway client at DEBUG, as config/logback.xml keeps it. */
    @Test
    void theTokenNeverAppearsInTheLogs(MongoDatabase db) throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger gatewayClient = (Logger) LoggerFactory.getLogger(DiscordBot.GATEWAY_CLIENT_LOGGER);
        Level before = root.getLevel();
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        root.setLevel(Level.ALL);
        gatewayClient.setLevel(Level.DEBUG);
        try (DiscordRig rig = DiscordRig.start(db, "Acme Sales")) {
            rig.coach(rig.discord.server(0), rig.discord.user("rita"), "met Jane Doe at Acme");
            rig.discord.rest().failNext(r -> r.is("POST", "users/@me/channels"), 1, new Answer(401,
                    "{\"code\":0,\"message\":\"401: Unauthorized\"}", Map.of()));
            rig.bot.send(new WorkspaceId(rig.discord.server(0).id()), new RepId(rig.discord.user("sam")),
                    Reply.of("hello")).handle((ok, error) -> null).get(20, TimeUnit.SECONDS);
            assertThat(rig.discord.requests()).allMatch(r -> ("Bot " + FakeDiscord.TOKEN).equals(r.authorization()));
            assertThat(rig.discord.identifies().get(0).getString("token")).isEqualTo(FakeDiscord.TOKEN);
            assertThat(rig.discord.settings().toString()).doesNotContain(FakeDiscord.TOKEN);
        } finally {
            root.setLevel(before);
            gatewayClient.setLevel(null);
            root.detachAppender(logs);
        }
        assertThat(logs.list).hasSizeGreaterThan(20);
        assertThat(logs.list).filteredOn(event -> !event.getLoggerName().startsWith("org.java_websocket"))
                .as("the bot's logs (the fake gateway's own server library excepted)")
                .noneMatch(event -> event.getFormattedMessage().contains(FakeDiscord.TOKEN)
                || event.getThrowableProxy() != null
                && ThrowableProxyUtil.asString(event.getThrowableProxy()).contains(FakeDiscord.TOKEN));
    }
}
