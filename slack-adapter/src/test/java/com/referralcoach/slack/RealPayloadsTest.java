package com.referralcoach.slack;

import static com.referralcoach.slack.FakeSlackApi.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Issue 18 §3 over HTTP mode: correctly signed requests shaped like Slack's own samples. */
@ExtendWith(EmbeddedMongo.class)
class RealPayloadsTest {
    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";
    private SlackRig rig;
    private SignedPost slack;

    @BeforeEach
    void start(MongoDatabase db) throws Exception {
        rig = SlackRig.httpMode(db);
        slack = new SignedPost(rig.bot.httpPort());
    }

    @AfterEach
    void stop() throws Exception {
        rig.close();
    }

    private static String form(JsonObject payload) {
        return "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
    }

    @Test
    void aDirectMessageWithAFileIsLoggedAndTheFileGetsAClearAnswer() throws Exception {
        String photo = rig.api.shared.share("U1", "photo.png", "image/png", "png", SlackFileImportEndToEndTest.PNG);
        String body = SlackPayloads.fileShare(TEAM, "U1", "Jane Doe referred Fay File at Globex", "EvFile", photo,
                "photo.png", "image/png", "png", SlackFileImportEndToEndTest.PNG.length).toString();

        assertThat(slack.post(body, JSON).statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> rig.api.calls("chat.postMessage").size() == 2);
        String said = String.join("\n", rig.api.calls("chat.postMessage").stream().map(SeenInSlack::text).toList());
        assertThat(said).contains("photo.png looks like an image").contains("Fay File");
        assertThat(rig.engineSays(TEAM, "U1", "pipeline")).contains("Fay File (Globex)");
    }

    @Test
    void aFileAloneIsPreviewedForAnImport() throws Exception {
        String file = rig.api.shared.share("U1", "leads.csv", "text/csv", "csv",
                SlackFileImportEndToEndTest.CSV.getBytes(StandardCharsets.UTF_8));
        assertThat(slack.post(SlackPayloads.fileShare(TEAM, "U1", "", "EvFile2", file, "leads.csv", "text/csv", "csv",
                SlackFileImportEndToEndTest.CSV.length()).toString(), JSON).statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> !rig.api.calls("chat.postMessage").isEmpty());
        assertThat(rig.api.calls("chat.postMessage")).hasSize(1);
        assertThat(SeenInSlack.text(rig.api.calls("chat.postMessage").get(0)))
                .contains("Found 2 people in leads.csv: 2 new");
    }

    @Test
    void aThreadReplyAlsoSentToTheDmIsAnswered() throws Exception {
        String body = SlackPayloads.threadBroadcast(TEAM, "U2", "Jane Doe referred Tom Lee at Globex", "EvBc")
                .toString();

        assertThat(slack.post(body, JSON).statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> !rig.api.calls("chat.postMessage").isEmpty());
        assertThat(rig.api.calls("chat.postMessage").get(0).param("thread_ts")).isEqualTo("1700000000.000050");
        assertThat(rig.engineSays(TEAM, "U2", "pipeline")).contains("Tom Lee (Globex)");
    }

    @Test
    void slackbotInTheDmIsIgnoredAndNeverARep() throws Exception {
        slack.post(SlackPayloads.directMessage(TEAM, MessageEvents.SLACKBOT, "Jane Doe referred Tom Lee at Globex",
                "EvSb").toString(), JSON);
        slack.post(SlackPayloads.directMessage(TEAM, "U3", "help", "EvU3").toString(), JSON);

        await().atMost(Duration.ofSeconds(10)).until(() -> !rig.api.calls("chat.postMessage").isEmpty());
        assertThat(rig.api.calls("chat.postMessage")).extracting(c -> c.param("channel")).containsExactly("DU3");
        assertThat(rig.api.calls("users.info")).noneMatch(c -> c.param("user").equals(MessageEvents.SLACKBOT));
        assertThat(rig.store.reps().find(new WorkspaceId(TEAM), new com.referralcoach.core.domain.RepId(
                MessageEvents.SLACKBOT))).isEmpty();
    }

    @Test
    void aClickOnAButtonTheBotDoesNotKnowIsAckedAndAnsweredPolitely() throws Exception {
        var response = slack.post(form(SlackPayloads.unknownClick(TEAM, "U4", "DU4", rig.api.responseUrl("old"))),
                FORM);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("no handler");
        await().atMost(Duration.ofSeconds(10)).until(() -> !rig.api.calls("response_url").isEmpty());
        assertThat(rig.api.calls("response_url").get(0).decoded()).contains("no longer does anything");
    }

    @Test
    void aMalformedPayloadIsABadRequest() throws Exception {
        assertThat(slack.post("payload=" + URLEncoder.encode("{\"type\":\"block_actions\",", StandardCharsets.UTF_8),
                FORM).statusCode()).isEqualTo(400);
        assertThat(slack.post("payload=%7Bnot json", FORM).statusCode()).isEqualTo(400);
    }

    @Test
    void aMentionOfTheBotInItsDirectMessagesIsReadWithoutIt() throws Exception {
        // Slack sends no app_mention for a DM: the mention comes in the message's text.
        slack.post(SlackPayloads.directMessage(TEAM, "U8", "<@" + FakeSlackApi.BOT_USER + "> met Jane Doe at Acme",
                "EvDmMention").toString(), JSON);

        await().atMost(Duration.ofSeconds(10)).until(() -> !rig.api.calls("chat.postMessage").isEmpty());
        assertThat(SeenInSlack.text(rig.api.calls("chat.postMessage").get(0))).contains("meeting with Jane Doe (Acme)");
    }

    @Test
    void aClickWithoutItsUserIsABadRequestAndOneWithoutItsLabelIsStillCarriedOut() throws Exception {
        String blocks = "[{\"type\":\"actions\",\"block_id\":\"coach_actions_abcd1234\",\"elements\":[{\"type\":"
                + "\"button\",\"action_id\":\"coach_send_0\",\"text\":{\"type\":\"plain_text\",\"text\":"
                + "\"Log it\"},\"value\":\"met Jane Doe at Acme\"}]}]";
        JsonObject noUser = SlackPayloads.click(TEAM, "U9", "DU9", "1700000000.000001", blocks, "coach_send_0");
        noUser.remove("user");
        assertThat(slack.post(form(noUser), FORM).statusCode()).isEqualTo(400);

        JsonObject noLabel = SlackPayloads.click(TEAM, "U9", "DU9", "1700000000.000002", blocks, "coach_send_0");
        noLabel.getAsJsonArray("actions").get(0).getAsJsonObject().remove("text");
        assertThat(slack.post(form(noLabel), FORM).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> !rig.api.calls("chat.update").isEmpty());
        assertThat(rig.engineSays(TEAM, "U9", "contact Jane Doe")).contains("Meetings: 1");
    }

    @Test
    void aClickFromAnOrgWideInstallIsHandledInTheUsersWorkspace() throws Exception {
        slack.post(SlackPayloads.directMessage(TEAM, "U5", "met Jane Doe at Acme about the Q3 rollout", "EvOrg")
                .toString(), JSON);
        await().atMost(Duration.ofSeconds(10)).until(() -> !rig.api.calls("chat.postMessage").isEmpty());
        FakeSlackApi.Call posted = rig.api.calls("chat.postMessage").get(0);
        String actionId = SocketModeEndToEndTest.buttonFor(posted.param("blocks"), "asked Jane Doe");

        var response = slack.post(form(SlackPayloads.orgWideClick("E0ORG1", TEAM, "U5", "DU5", "1700000000.000001",
                posted.param("blocks"), actionId)), FORM);

        assertThat(response.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> !rig.api.calls("chat.update").isEmpty());
        assertThat(rig.engineSays(TEAM, "U5", "contact Jane Doe")).contains("asked");
    }

    @Test
    void aBodyOverOneMegabyteIsRefusedBeforeItIsRead() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", rig.bot.httpPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            // Headers only: a server that read the body first would wait here for 2 MB that never come.
            out.write(("POST " + SlackHttpServer.EVENTS + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + JSON
                    + "\r\nContent-Length: " + (2 << 20) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(status).isEqualTo("HTTP/1.1 413");
        }
        String big = SlackPayloads.directMessage(TEAM, "U6", "x".repeat(SlackHttpServer.MAX_BODY), "EvBig").toString();
        // A client still writing the body when the server answers and closes may lose the 413 to the reset (the
        // headers-only request above sees it); either way nothing of the body is handled.
        int status;
        try {
            status = slack.post(big, JSON).statusCode();
        } catch (java.io.IOException reset) {
            status = 413;
        }
        assertThat(status).isEqualTo(413);
        assertThat(rig.api.calls("users.info")).isEmpty();
    }

    @Test
    void aWorkspaceThatRemovedTheBotIsSentNothingUntilItIsBack() throws Exception {
        var rep = new com.referralcoach.core.domain.RepId("U7");
        var reminder = com.referralcoach.core.reply.Reply.of("Time to thank Jane Doe");
        assertThat(slack.post(SlackPayloads.appEvent(TEAM, "app_uninstalled", new JsonObject(), "EvUn").toString(),
                JSON).statusCode()).isEqualTo(200);

        Throwable failure = rig.bot.send(new WorkspaceId(TEAM), rep, reminder).handle((ok, e) -> e).join();
        assertThat(failure).isNotNull().hasMessageContaining("removed the bot");
        assertThat(rig.installations.active(new WorkspaceId(TEAM))).isFalse();
        assertThat(rig.api.calls("conversations.open")).isEmpty();
        assertThat(rig.api.calls("chat.postMessage")).isEmpty();

        slack.post(SlackPayloads.directMessage(TEAM, "U7", "help", "EvBack").toString(), JSON);
        await().atMost(Duration.ofSeconds(10)).until(() -> !rig.api.calls("chat.postMessage").isEmpty());
        rig.bot.send(new WorkspaceId(TEAM), rep, reminder).join();
        assertThat(rig.installations.active(new WorkspaceId(TEAM))).isTrue();

        JsonObject tokens = new JsonObject();
        JsonObject revoked = new JsonObject();
        JsonArray bot = new JsonArray();
        bot.add("UBOT0001");
        revoked.add("bot", bot);
        tokens.add("tokens", revoked);
        slack.post(SlackPayloads.appEvent(TEAM, "tokens_revoked", tokens, "EvRevoked").toString(), JSON);
        assertThat(rig.bot.send(new WorkspaceId(TEAM), rep, reminder).handle((ok, e) -> e).join())
                .hasMessageContaining("removed the bot");
    }

    @Test
    void aTokenSlackRefusesAsRevokedStopsSendsToTheWorkspaceAsAnUninstallDoes() {
        var rep = new com.referralcoach.core.domain.RepId("U7");
        var digest = com.referralcoach.core.reply.Reply.of("Weekly digest");
        rig.api.failIn("C0MGRS", "chat.postMessage", "token_revoked");

        Throwable refused = rig.bot.publish(new WorkspaceId(TEAM), new com.referralcoach.core.domain.ChannelRef(
                "C0MGRS", "managers"), digest, java.util.List.of()).handle((ok, e) -> e).join();
        assertThat(refused).hasMessageContaining("token_revoked");
        assertThat(rig.installations.active(new WorkspaceId(TEAM))).isFalse();

        int opened = rig.api.calls("conversations.open").size();
        assertThat(rig.bot.send(new WorkspaceId(TEAM), rep, digest).handle((ok, e) -> e).join())
                .hasMessageContaining("removed the bot");
        assertThat(rig.api.calls("conversations.open")).hasSize(opened);
    }
}
