package com.referralcoach.slack;

import static com.referralcoach.slack.FakeSlackApi.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Socket Mode while Slack swaps links, and payloads no handler takes. */
@ExtendWith(EmbeddedMongo.class)
class SocketModeLinkSwapTest {
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
    void theBotIsConnectedOnlyWhileALinkIsOpen() throws Exception {
        rig.socket.awaitConnected();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(rig.bot::connected);

        rig.socket.drop(0);

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> !rig.bot.connected());
        rig.socket.awaitLinks(2);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(rig.bot::connected);
    }

    @Test
    void everyEnvelopeIsAckedOnItsOwnLinkWhileSlackSwapsLinks() {
        rig.socket.holdHello(true);
        rig.socket.disconnect(0, "refresh_requested");
        await().atMost(Duration.ofSeconds(10)).until(() -> rig.socket.linkCount() == 2);

        // The new link is open but has not said hello: what the old one delivers is acked there.
        IntStream.range(0, 5).forEach(i -> rig.socket.sendOn(0, "dm-" + i, "events_api",
                SlackPayloads.directMessage(TEAM, "U" + i, "help", "EvSwap" + i)));
        rig.socket.sendOn(0, "cmd-0", "slash_commands", SlackPayloads.json(SlackPayloads.command(TEAM, "U9", "help",
                rig.api.responseUrl("swap"))));
        await().atMost(Duration.ofSeconds(10)).until(() -> rig.socket.acksByLink().size() == 6);
        assertThat(rig.socket.acksByLink()).containsExactlyInAnyOrder("0/dm-0", "0/dm-1", "0/dm-2", "0/dm-3",
                "0/dm-4", "0/cmd-0");
        assertThat(rig.socket.closed(0)).as("the old link waits for the new one's hello").isFalse();

        rig.socket.hello(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> rig.socket.closed(0));
        rig.socket.sendOn(1, "dm-new", "events_api", SlackPayloads.directMessage(TEAM, "U8", "help", "EvNew"));
        await().atMost(Duration.ofSeconds(10)).until(() -> rig.socket.acksByLink().contains("1/dm-new"));
        await().atMost(Duration.ofSeconds(10)).until(() -> rig.api.calls("chat.postMessage").size() == 6);
    }

    @Test
    void anInteractivePayloadNoHandlerTakesIsStillAcked() {
        rig.socket.send("env-old-button", "interactive", SlackPayloads.unknownClick(TEAM, "U1", "DU1",
                rig.api.responseUrl("old")), 0);

        await().atMost(Duration.ofSeconds(10)).until(() -> rig.socket.acks().contains("env-old-button"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !rig.api.calls("response_url").isEmpty());
        assertThat(rig.api.calls("response_url").get(0).decoded()).contains("no longer does anything");
        assertThat(List.of(rig.socket.linkCount())).containsExactly(1);
    }
}
