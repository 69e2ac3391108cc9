package com.referralcoach.slack;

import static com.referralcoach.slack.FakeSlackApi.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.PendingMessage;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.MessageInbox;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every message Slack was told we took is answered, even when the bot stops between the ack and the answer. */
@ExtendWith(EmbeddedMongo.class)
class InboxTest {
    private static final String JSON = "application/json";

    @Test
    void aMessageIsKeptBeforeTheAckAndLetGoOnceAnswered(MongoDatabase db) throws Exception {
        try (SlackRig rig = SlackRig.httpMode(db)) {
            // Holds the work after the ack: asking Slack who U1 is waits out a 429 of four seconds (two were too
            // few on a loaded machine: the answer could be done before the test looked at the inbox).
            rig.api.rateLimit("users.info", 1, 4);
            String body = SlackPayloads.directMessage(TEAM, "U1", "met Jane Doe at Acme about rollout", "EvKept")
                    .toString();

            assertThat(new SignedPost(rig.bot.httpPort()).post(body, JSON).statusCode()).isEqualTo(200);
            assertThat(rig.inbox.waiting("slack", 10)).singleElement().satisfies(kept -> {
                assertThat(kept.id()).isEqualTo("EvKept");
                assertThat(kept.workspace()).isEqualTo(new WorkspaceId(TEAM));
                assertThat(kept.rep()).isEqualTo(new RepId("U1"));
                assertThat(kept.text()).isEqualTo("met Jane Doe at Acme about rollout");
                assertThat(kept.channel()).isEqualTo("DU1");
            });

            await().atMost(Duration.ofSeconds(15)).until(() -> !rig.api.calls("chat.postMessage").isEmpty());
            await().atMost(Duration.ofSeconds(5)).until(() -> rig.inbox.waiting("slack", 10).isEmpty());
            assertThat(rig.engineSays(TEAM, "U1", "contact Jane Doe")).contains("Meetings: 1");
        }
    }

    @Test
    void answersStillQueuedAtAStopAreSentBeforeTheBotCloses(MongoDatabase db) throws Exception {
        SlackRig rig = SlackRig.httpMode(db, Duration.ofSeconds(1));
        try (rig) {
            for (int i = 1; i <= 5; i++) {
                String body = SlackPayloads.directMessage(TEAM, "U1", "met Person " + i + " at Acme", "EvStop" + i)
                        .toString();
                assertThat(new SignedPost(rig.bot.httpPort()).post(body, JSON).statusCode()).isEqualTo(200);
            }
            // Handled and let go of: from here on only the answers, paced a second apart, are left.
            await().atMost(Duration.ofSeconds(10)).until(() -> rig.inbox.waiting("slack", 10).isEmpty());
        }
        assertThat(rig.api.calls("chat.postMessage")).hasSize(5)
                .allSatisfy(post -> assertThat(post.decoded()).contains("Saved: meeting with Person"));
    }

    @Test
    void messagesLeftWaitingByACrashAreAnsweredAtTheNextStartInOrderOnce(MongoDatabase db) throws Exception {
        // What a crash after the ack and before the answer leaves behind: two messages of one rep, one in a thread.
        MessageInbox left = MongoCoachStore.openInbox(db);
        Instant heard = Instant.parse("2026-11-23T09:58:00Z");
        left.keep(new PendingMessage("slack", new WorkspaceId(TEAM), "EvLost1", new RepId("U5"),
                "Jane Doe referred Tom Lee at Globex", "DU5", Optional.empty(), heard));
        left.keep(new PendingMessage("slack", new WorkspaceId(TEAM), "EvLost2", new RepId("U5"),
                "Tom Lee contacted", "C0SALES", Optional.of("1700000000.000100"), heard.plusSeconds(1)));
        // Another platform's waiting message is not Slack's to answer.
        left.keep(new PendingMessage("discord", new WorkspaceId("G1"), "m1", new RepId("u1"), "pipeline", "c1",
                Optional.empty(), heard));

        try (SlackRig rig = SlackRig.httpMode(db)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> rig.api.calls("chat.postMessage").size() >= 2);
            var posts = rig.api.calls("chat.postMessage");
            assertThat(posts).hasSize(2);
            assertThat(posts.get(0).param("channel")).isEqualTo("DU5");
            assertThat(posts.get(0).decoded()).contains("Sorry for the wait", "Jane Doe referred Tom Lee at Globex");
            assertThat(posts.get(1).param("channel")).isEqualTo("C0SALES");
            assertThat(posts.get(1).param("thread_ts")).isEqualTo("1700000000.000100");
            assertThat(posts.get(1).decoded()).contains("Sorry for the wait", "Tom Lee contacted");
            await().atMost(Duration.ofSeconds(5)).until(() -> rig.inbox.waiting("slack", 10).isEmpty());
            assertThat(rig.inbox.waiting("discord", 10)).hasSize(1);
            assertThat(rig.engineSays(TEAM, "U5", "pipeline")).contains("Tom Lee (Globex) · contacted");
        }
        // Started again, nothing is answered twice.
        try (SlackRig again = SlackRig.httpMode(db)) {
            assertThat(again.inbox.waiting("slack", 10)).isEmpty();
            assertThat(again.api.calls("chat.postMessage")).isEmpty();
        }
    }

    @Test
    void aMessageEventNamingNoChannelIsAckedIgnoredAndKeepsNothing(MongoDatabase db) throws Exception {
        try (SlackRig rig = SlackRig.httpMode(db)) {
            var event = SlackPayloads.directMessage(TEAM, "U2", "met Jane Doe at Acme", "EvNoChannel");
            event.getAsJsonObject("event").remove("channel");

            assertThat(new SignedPost(rig.bot.httpPort()).post(event.toString(), JSON).statusCode()).isEqualTo(200);

            assertThat(rig.inbox.waiting("slack", 10)).isEmpty();
            assertThat(rig.engineSays(TEAM, "U2", "contact Jane Doe")).doesNotContain("Meetings: 1");
            assertThat(rig.api.calls("chat.postMessage")).isEmpty();
        }
    }
}
