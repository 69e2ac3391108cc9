package com.referralcoach.slack;

import static com.referralcoach.slack.FakeSlackApi.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongo.class)
class HttpModeTest {
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

    @Test
    void aSignedDirectMessageIsAckedAndStored() throws Exception {
        String body = SlackPayloads.directMessage(TEAM, "U1", "Jane Doe referred Tom Lee at Globex", "Ev1").toString();

        assertThat(slack.post(body, JSON).statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> !rig.api.calls("chat.postMessage").isEmpty());
        assertThat(rig.engineSays(TEAM, "U1", "pipeline")).contains("Tom Lee (Globex)");
    }

    @Test
    void badlySignedRequestsAreRefusedAndChangeNothing() throws Exception {
        String body = SlackPayloads.directMessage(TEAM, "U1", "Jane Doe referred Tom Lee at Globex", "Ev2").toString();
        long now = SignedPost.now();
        String good = SignedPost.signature(SlackRig.SIGNING_SECRET, now, body);
        long old = now - 6 * 60;

        assertThat(slack.postAs(body, JSON, now, SignedPost.signature("wrong-secret", now, body)).statusCode())
                .as("bad signature").isEqualTo(401);
        assertThat(slack.postAs(body.replace("Tom Lee", "Tim Lee"), JSON, now, good).statusCode())
                .as("changed body").isEqualTo(401);
        assertThat(slack.postAs(body, JSON, old, SignedPost.signature(SlackRig.SIGNING_SECRET, old, body)).statusCode())
                .as("old timestamp").isEqualTo(401);
        assertThat(slack.postAs(body, JSON, null, good).statusCode()).as("no timestamp").isEqualTo(401);
        assertThat(slack.postAs(body, JSON, now, null).statusCode()).as("no signature").isEqualTo(401);
        String command = SlackPayloads.form(SlackPayloads.command(TEAM, "U1", "Jane Doe referred Tom Lee at Globex",
                rig.api.responseUrl("c")));
        assertThat(slack.postAs(command, FORM, now, SignedPost.signature("wrong-secret", now, command)).statusCode())
                .as("bad command").isEqualTo(401);

        assertThat(rig.api.calls("users.info")).isEmpty();
        assertThat(rig.api.calls("chat.postMessage")).isEmpty();
        assertThat(rig.api.calls("response_url")).isEmpty();
        assertThat(rig.engineSays(TEAM, "U1", "pipeline")).contains("No open referred leads");
    }

    @Test
    void healthIsOk() throws Exception {
        assertThat(slack.get(SlackHttpServer.HEALTH).statusCode()).isEqualTo(200);
    }

    @Test
    void anEventSlackRetriesIsHandledOnce() throws Exception {
        String body = SlackPayloads.directMessage(TEAM, "U1", "met Jane Doe at Acme", "EvRetry").toString();

        assertThat(slack.post(body, JSON).statusCode()).isEqualTo(200);
        assertThat(slack.post(body, JSON, "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout")
                .statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> !rig.api.calls("chat.postMessage").isEmpty());
        assertThat(rig.engineSays(TEAM, "U1", "contact Jane Doe")).contains("Meetings: 1");
        assertThat(rig.api.calls("chat.postMessage")).hasSize(1);
    }

    @Test
    void aCommandOverHttpAnswersThroughTheResponseUrl() throws Exception {
        String body = SlackPayloads.form(SlackPayloads.command(TEAM, "U7", "pipeline", rig.api.responseUrl("c7")));

        assertThat(slack.post(body, FORM).statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> !rig.api.calls("response_url").isEmpty());
        assertThat(rig.api.calls("response_url").get(0).decoded()).contains("No open referred leads");
    }

    @Test
    void namesThatLookLikeMentionsPingNobody() throws Exception {
        // Mentions of many people leave the message and a member's leaves names (bot-core's Mentions): what is
        // left of them here is a member mention in a company and in a note, shown and pinging nobody.
        String typed = "met Ann Lee at &lt;!channel&gt; &lt;@U0BOSS&gt; about &lt;!here&gt; &amp; more";
        slack.post(SlackPayloads.directMessage(TEAM, "U8", typed, "EvInj").toString(), JSON);
        String form = "payload=" + java.net.URLEncoder.encode(SlackPayloads.submission(TEAM, "U8",
                CoachModals.REFERRAL, Map.of("referrer", "<!everyone> Jane Doe", "lead", "<@U0CEO> Tom Lee",
                "need", "<!subteam^S1> call <@U0CEO>"))
                .toString(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(slack.post(form, FORM).statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).until(() -> rig.api.calls("chat.postMessage").size() == 2);
        // A button's value is data Slack hands back on a click, never shown or parsed: only shown text can ping.
        String sent = String.join("\n", rig.api.calls("chat.postMessage").stream().map(FakeSlackApi.Call::decoded)
                .toList()).replaceAll("\"value\":\"[^\"]*\"", "");
        assertThat(sent).contains("&lt;@U0BOSS&gt;").contains("Jane Doe").contains("Tom Lee");
        assertThat(sent).doesNotContain("<!channel>", "<@U0BOSS>", "<!here>", "<!everyone>", "<@U0CEO>", "<!subteam");
        assertThat(rig.api.calls("chat.postMessage").get(0).param("link_names")).isNotEqualTo("1");
    }

    @Test
    void twoWorkspacesStayApart() throws Exception {
        slack.post(SlackPayloads.directMessage("T0AAAA1", "U1", "Jane Doe referred Tom Lee at Globex", "EvA")
                .toString(), JSON);
        slack.post(SlackPayloads.directMessage("T0BBBB2", "U1", "pipeline", "EvB").toString(), JSON);

        await().atMost(Duration.ofSeconds(10)).until(() -> rig.api.calls("chat.postMessage").size() == 2);
        assertThat(rig.engineSays("T0AAAA1", "U1", "pipeline")).contains("Tom Lee (Globex)");
        assertThat(rig.engineSays("T0BBBB2", "U1", "pipeline")).contains("No open referred leads");
    }
}
