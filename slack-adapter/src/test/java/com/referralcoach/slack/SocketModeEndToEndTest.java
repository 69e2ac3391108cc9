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
class SocketModeEndToEndTest {
    private SlackRig rig;

    @BeforeEach
    void start(MongoDatabase db) throws Exception {
        rig = SlackRig.socketMode(db);
    }

    @AfterEach
    void stop() throws Exception {
        rig.close();
    }

    @Test
    void aDirectMessageIsAckedStoredAndAnsweredInTheDm() {
        rig.api.userZone("U1", "America/New_York");
        rig.socket.send("env-1", "events_api", SlackPayloads.directMessage(TEAM, "U1",
                "met Jane Doe at Acme about the Q3 rollout", "Ev1"), 0);

        await().atMost(Duration.ofSeconds(10)).until(() -> !rig.api.calls("chat.postMessage").isEmpty());
        assertThat(rig.socket.acks()).contains("env-1");
        FakeSlackApi.Call reply = rig.api.calls("chat.postMessage").get(0);
        assertThat(reply.param("channel")).isEqualTo("DU1");
        assertThat(reply.decoded()).contains("Saved: meeting with Jane Doe (Acme)").contains("\"type\":\"actions\"");
        assertThat(rig.engineSays(TEAM, "U1", "contact Jane Doe")).contains("Meetings: 1");
        assertThat(rig.engineSays(TEAM, "U1", "help")).doesNotContain("Welcome");
        await().atMost(Duration.ofSeconds(10)).until(() -> !rig.api.calls("views.publish").isEmpty());
        assertThat(rig.api.calls("views.publish").get(0).param("user_id")).isEqualTo("U1");
    }

    @Test
    void aRepWhoOpensTheHomeTabGetsTheirReferralDesk() {
        rig.socket.send("env-h", "events_api", SlackPayloads.homeOpened(TEAM, "U7", "EvH"), 0);

        await().atMost(Duration.ofSeconds(10)).until(() -> !rig.api.calls("views.publish").isEmpty());
        FakeSlackApi.Call home = rig.api.calls("views.publish").get(0);
        assertThat(home.param("user_id")).isEqualTo("U7");
        assertThat(home.decoded()).contains("\"type\":\"home\"").contains("Open leads (0)");
        assertThat(rig.socket.acks()).contains("env-h");
    }

    @Test
    void theRepsZoneComesFromTheirSlackProfile() {
        rig.api.userZone("U2", "America/New_York");
        rig.socket.send("env-2", "events_api", SlackPayloads.directMessage(TEAM, "U2", "help", "Ev2"), 0);

        await().atMost(Duration.ofSeconds(10)).until(() -> !rig.api.calls("chat.postMessage").isEmpty());
        assertThat(rig.api.calls("chat.postMessage").get(0).decoded()).contains("America/New_York");
    }

    @Test
    void aRetriedEventIsHandledOnce() {
        var event = SlackPayloads.directMessage(TEAM, "U1", "Jane Doe referred Tom Lee at Globex", "EvSame");
        rig.socket.send("env-a", "events_api", event, 0);
        rig.socket.send("env-b", "events_api", event, 1);

        await().atMost(Duration.ofSeconds(10)).until(() -> rig.socket.acks().containsAll(java.util.List.of("env-a", "env-b")));
        await().atMost(Duration.ofSeconds(10)).until(() -> !rig.api.calls("chat.postMessage").isEmpty());
        assertThat(rig.engineSays(TEAM, "U1", "pipeline")).contains("open referred leads (1)");
        assertThat(rig.api.calls("chat.postMessage")).hasSize(1);
    }

    @Test
    void aSlashCommandWithTextAnswersOnlyTheRep() {
        rig.socket.send("env-3", "slash_commands", SlackPayloads.json(SlackPayloads.command(TEAM, "U3",
                "Jane Doe referred Tom Lee at Globex", rig.api.responseUrl("cmd1"))), 0);

        await().atMost(Duration.ofSeconds(10)).until(() -> !rig.api.calls("response_url").isEmpty());
        FakeSlackApi.Call answer = rig.api.calls("response_url").get(0);
        assertThat(answer.param("response_type")).isEqualTo("ephemeral");
        assertThat(answer.decoded()).contains("Saved: new lead Tom Lee (Globex), referred by Jane Doe");
        assertThat(rig.api.calls("chat.postMessage")).isEmpty();
        assertThat(rig.engineSays(TEAM, "U3", "pipeline")).contains("Tom Lee (Globex)");
    }

    @Test
    void theCoachFormLogsAMeetingAndAnswersByDm() {
        rig.socket.send("env-4", "slash_commands", SlackPayloads.json(SlackPayloads.command(TEAM, "U4", "",
                rig.api.responseUrl("cmd2"))), 0);
        await().atMost(Duration.ofSeconds(10)).until(() -> !rig.api.calls("views.open").isEmpty());
        assertThat(rig.api.calls("views.open").get(0).decoded()).contains(CoachModals.CHOOSER);

        rig.socket.send("env-5", "interactive", SlackPayloads.modalClick(TEAM, "U4", CoachModals.PICK_MEETING), 0);
        await().atMost(Duration.ofSeconds(10)).until(() -> !rig.api.calls("views.update").isEmpty());
        assertThat(rig.api.calls("views.update").get(0).decoded()).contains("\"type\":\"timepicker\"");

        rig.socket.send("env-6", "interactive", SlackPayloads.submission(TEAM, "U4", CoachModals.MEETING,
                Map.of("person", "Jane Doe", "company", "Acme", "topic", "renewal", "end", "15:30")), 0);
        await().atMost(Duration.ofSeconds(10)).until(() -> !rig.api.calls("chat.postMessage").isEmpty());
        assertThat(rig.api.calls("chat.postMessage").get(0).param("channel")).isEqualTo("DU4");
        assertThat(rig.api.calls("chat.postMessage").get(0).decoded()).contains("Saved: meeting with Jane Doe (Acme)");
        assertThat(rig.engineSays(TEAM, "U4", "contact Jane Doe")).contains("Meetings: 1");
        assertThat(rig.socket.acks()).contains("env-4", "env-5", "env-6");
    }

    @Test
    void aButtonRunsItsMessageAndReplacesItsButtons() {
        rig.socket.send("env-7", "events_api", SlackPayloads.directMessage(TEAM, "U5",
                "met Jane Doe at Acme about the Q3 rollout", "Ev7"), 0);
        await().atMost(Duration.ofSeconds(10)).until(() -> !rig.api.calls("chat.postMessage").isEmpty());
        FakeSlackApi.Call posted = rig.api.calls("chat.postMessage").get(0);
        String actionId = buttonFor(posted.param("blocks"), "asked Jane Doe");

        rig.socket.send("env-8", "interactive", SlackPayloads.click(TEAM, "U5", "DU5", "1700000000.000001",
                posted.param("blocks"), actionId), 0);
        rig.socket.send("env-9", "interactive", SlackPayloads.click(TEAM, "U5", "DU5", "1700000000.000001",
                posted.param("blocks"), actionId), 0);

        await().atMost(Duration.ofSeconds(10)).until(() -> !rig.api.calls("chat.update").isEmpty());
        FakeSlackApi.Call update = rig.api.calls("chat.update").get(0);
        assertThat(update.param("ts")).isEqualTo("1700000000.000001");
        assertThat(update.decoded()).contains("✓ Asked").contains("Saved: meeting with Jane Doe");
        assertThat(rig.engineSays(TEAM, "U5", "contact Jane Doe")).contains("asked");
        await().atMost(Duration.ofSeconds(10)).until(() -> rig.socket.acks().contains("env-9"));
        assertThat(rig.api.calls("chat.update")).hasSize(1);
    }

    @Test
    void aMentionIsAnsweredInItsThread() {
        rig.socket.send("env-10", "events_api", SlackPayloads.mention(TEAM, "U6", "C0SALES",
                "<@" + FakeSlackApi.BOT_USER + "> pipeline", "1699999999.000100", "Ev10"), 0);

        await().atMost(Duration.ofSeconds(10)).until(() -> !rig.api.calls("chat.postMessage").isEmpty());
        FakeSlackApi.Call reply = rig.api.calls("chat.postMessage").get(0);
        assertThat(reply.param("channel")).isEqualTo("C0SALES");
        assertThat(reply.param("thread_ts")).isEqualTo("1699999999.000100");
        assertThat(reply.decoded()).contains("No open referred leads");
    }

    static String buttonFor(String blocksJson, String message) {
        var blocks = com.google.gson.JsonParser.parseString(blocksJson).getAsJsonArray();
        for (var block : blocks) {
            if (block.getAsJsonObject().has("elements") && "actions".equals(block.getAsJsonObject().get("type").getAsString())) {
                for (var element : block.getAsJsonObject().getAsJsonArray("elements")) {
                    if (element.getAsJsonObject().get("value").getAsString().equals(message)) {
                        return element.getAsJsonObject().get("action_id").getAsString();
                    }
                }
            }
        }
        throw new AssertionError("no button sends '" + message + "' in " + blocksJson);
    }
}
