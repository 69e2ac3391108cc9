package com.referralcoach.slack;

import static com.referralcoach.slack.FakeSlackApi.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.ChannelRef;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.reply.Attachment;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;
import org.slf4j.LoggerFactory;

/** Every log line, down to DEBUG (where the SDK prints whole requests), is free of tokens and the secret. */
@ExtendWith(EmbeddedMongo.class)
@Isolated // it turns every logger up to DEBUG and reads the root logger: nothing else runs meanwhile
class SecretsStayOutOfLogsTest {
    @Test
    void noTokenOrSecretIsEverLogged(MongoDatabase db) throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        root.setLevel(Level.DEBUG);
        try (SlackRig rig = SlackRig.httpMode(db)) {
            SignedPost slack = new SignedPost(rig.bot.httpPort());
            slack.post(SlackPayloads.directMessage(TEAM, "U1", "pipeline", "Ev1").toString(), "application/json");
            String body = SlackPayloads.directMessage(TEAM, "U1", "pipeline", "Ev2").toString();
            slack.postAs(body, "application/json", SignedPost.now(), "v0=bad");
            rig.bot.send(new WorkspaceId(TEAM), new RepId("U2"), Reply.of("hi")).get(10, TimeUnit.SECONDS);
            rig.bot.publish(new WorkspaceId(TEAM), new ChannelRef("C0MGRS", "#managers"), Reply.of("digest"),
                    List.of(Attachment.png("chart.png", ChannelPublishTest.png(8, 8), "chart"))).get(10, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(10)).until(() -> !rig.api.calls("views.publish").isEmpty());
            assertThat(rig.bot.toString()).doesNotContain(SlackRig.BOT_TOKEN);
            assertThat(new SlackSettings(SlackRig.BOT_TOKEN, Optional.of(SlackRig.APP_TOKEN),
                    Optional.of(SlackRig.SIGNING_SECRET), OptionalInt.empty(), SlackSettings.SLACK_API).toString())
                    .doesNotContain(SlackRig.BOT_TOKEN, SlackRig.APP_TOKEN, SlackRig.SIGNING_SECRET);
        } finally {
            root.setLevel(before);
            root.detachAppender(logs);
        }
        assertThat(logs.list).isNotEmpty();
        for (ILoggingEvent event : logs.list) {
            String line = event.getFormattedMessage() + (event.getThrowableProxy() == null ? ""
                    : event.getThrowableProxy().getMessage());
            assertThat(line).doesNotContain(SlackRig.BOT_TOKEN, SlackRig.APP_TOKEN, SlackRig.SIGNING_SECRET,
                    "secret-bot-token");
        }
    }

    @Test
    void noInstalledTokenRefreshTokenOrClientSecretIsEverLogged(MongoDatabase db) throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        root.setLevel(Level.DEBUG);
        // The driver's command log and the embedded server's message log print whole documents, an installation's
        // tokens among them: the shipped logback configurations (config/logback.xml, logback-json.xml) keep both at
        // WARN, as here.
        List<Logger> stores = List.of((Logger) LoggerFactory.getLogger("org.mongodb.driver"),
                (Logger) LoggerFactory.getLogger("de.bwaldvogel.mongo"));
        List<Level> storesBefore = stores.stream().map(Logger::getLevel).toList();
        stores.forEach(logger -> logger.setLevel(Level.WARN));
        List<String> secrets = new java.util.ArrayList<>(List.of(FakeSlackInstalls.CLIENT_SECRET));
        try (InstallRig rig = new InstallRig(db)) {
            FakeSlackInstalls.Workspace rotating = new FakeSlackInstalls.Workspace(Optional.of("T0ROTATE"),
                    Optional.empty(), "UBOTROT", 3600);
            rig.install(rotating);
            rig.get(SlackSettings.OAuth.REDIRECT_PATH + "?code=" + rig.slack.approve(rotating) + "&state=forged");
            var first = rig.installations.installation(new WorkspaceId("T0ROTATE")).orElseThrow();
            rig.bot.send(new WorkspaceId("T0ROTATE"), new RepId("U1"), Reply.of("hi")).get(10, TimeUnit.SECONDS);
            var refreshed = rig.installations.installation(new WorkspaceId("T0ROTATE")).orElseThrow();
            assertThat(refreshed.botToken()).as("refreshed: due within two hours").isNotEqualTo(first.botToken());
            secrets.addAll(List.of(first.botToken(), first.refreshToken().orElseThrow(), refreshed.botToken(),
                    refreshed.refreshToken().orElseThrow()));
            assertThat(rig.bot.toString() + first + refreshed).doesNotContain(secrets);
        } finally {
            for (int i = 0; i < stores.size(); i++) {
                stores.get(i).setLevel(storesBefore.get(i));
            }
            root.setLevel(before);
            root.detachAppender(logs);
        }
        assertThat(logs.list).isNotEmpty();
        for (ILoggingEvent event : logs.list) {
            String line = event.getFormattedMessage() + (event.getThrowableProxy() == null ? ""
                    : event.getThrowableProxy().getMessage());
            assertThat(line).doesNotContain(secrets);
        }
    }
}
