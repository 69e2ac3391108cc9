package com.referralcoach.slack;

import static com.referralcoach.slack.FakeSlackApi.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.reply.Field;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.reply.SuggestedAction;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongo.class)
class SlackPlatformTest {
    private static final WorkspaceId WS = new WorkspaceId(TEAM);

    @Test
    void aReminderArrivesAsBlockKitAndItsButtonWorks(MongoDatabase db) throws Exception {
        try (SlackRig rig = SlackRig.httpMode(db)) {
            rig.engineSays(TEAM, "U1", "met Jane Doe at Acme about the Q3 rollout");
            Reply reminder = new Reply("Your meeting with Jane Doe is over: ask her now.",
                    List.of(new Field("Topic", "the Q3 rollout")),
                    List.of(SuggestedAction.send("Asked", "asked Jane Doe"),
                            SuggestedAction.template("Got a referral", "Jane Doe referred ")));

            rig.bot.send(WS, new RepId("U1"), reminder).get(10, TimeUnit.SECONDS);

            assertThat(rig.api.calls("conversations.open").get(0).param("users")).isEqualTo("U1");
            FakeSlackApi.Call dm = rig.api.calls("chat.postMessage").get(0);
            assertThat(dm.param("channel")).isEqualTo("DU1");
            assertThat(dm.param("blocks")).contains("\"type\":\"section\"").contains("*Topic*")
                    .contains("\"type\":\"actions\"").contains("coach_send_0").contains("coach_template_1");

            String click = "payload=" + java.net.URLEncoder.encode(SlackPayloads.click(TEAM, "U1", "DU1",
                    dm.param("ts").isEmpty() ? "1.1" : "1700000000.000001", dm.param("blocks"), "coach_send_0")
                    .toString(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(new SignedPost(rig.bot.httpPort()).post(click, "application/x-www-form-urlencoded")
                    .statusCode()).isEqualTo(200);

            await().atMost(Duration.ofSeconds(10)).until(() -> !rig.api.calls("chat.update").isEmpty());
            String updated = rig.api.calls("chat.update").get(0).param("blocks");
            assertThat(updated).contains("Your meeting with Jane Doe is over").contains("✓ Asked")
                    .doesNotContain("coach_send_0").doesNotContain("coach_template_1");
            assertThat(rig.engineSays(TEAM, "U1", "contact Jane Doe")).contains("asked");
        }
    }

    @Test
    void aRateLimitIsWaitedOutAndTheMessageArrives(MongoDatabase db) throws Exception {
        try (SlackRig rig = SlackRig.httpMode(db)) {
            rig.api.rateLimit("chat.postMessage", 1, 1);

            rig.bot.send(WS, new RepId("U2"), Reply.of("Thank Jane today.")).get(15, TimeUnit.SECONDS);

            FakeSlackApi.Call limited = rig.api.calls("chat.postMessage:429").get(0);
            FakeSlackApi.Call delivered = rig.api.calls("chat.postMessage").get(0);
            assertThat(Duration.ofNanos(delivered.atNanos() - limited.atNanos())).isGreaterThanOrEqualTo(
                    Duration.ofMillis(950));
            assertThat(delivered.param("text")).isEqualTo("Thank Jane today.");
        }
    }

    @Test
    void aBurstToFiveHundredRepsIsFullyDelivered(MongoDatabase db) throws Exception {
        try (SlackRig rig = SlackRig.httpMode(db)) {
            rig.api.rateLimit("chat.postMessage", 3, 1);
            List<CompletableFuture<Void>> sends = IntStream.range(0, 500).mapToObj(i -> rig.bot.send(WS,
                    new RepId("U" + i), Reply.of("Reminder " + i))).toList();

            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

            Set<String> channels = rig.api.calls("chat.postMessage").stream().map(c -> c.param("channel"))
                    .collect(Collectors.toSet());
            assertThat(channels).hasSize(500);
            assertThat(rig.api.calls("chat.postMessage")).hasSize(500);
        }
    }

    @Test
    void messagesToOneRepKeepTheirOrderAndPace(MongoDatabase db) throws Exception {
        try (SlackRig rig = SlackRig.httpMode(db, Duration.ofMillis(200))) {
            List<CompletableFuture<Void>> sends = IntStream.range(0, 4).mapToObj(i -> rig.bot.send(WS,
                    new RepId("U9"), Reply.of("message " + i))).toList();
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);

            List<FakeSlackApi.Call> posts = rig.api.calls("chat.postMessage");
            assertThat(posts).extracting(c -> c.param("text"))
                    .containsExactly("message 0", "message 1", "message 2", "message 3");
            for (int i = 1; i < posts.size(); i++) {
                assertThat(posts.get(i).atNanos() - posts.get(i - 1).atNanos())
                        .isGreaterThanOrEqualTo(Duration.ofMillis(190).toNanos());
            }
        }
    }

    @Test
    void onlySlackTeamsAreServed(MongoDatabase db) throws Exception {
        try (SlackRig rig = SlackRig.httpMode(db)) {
            assertThat(rig.bot.serves(new WorkspaceId("T0FAKE1"))).isTrue();
            assertThat(rig.bot.serves(new WorkspaceId("E0ORG1"))).isTrue();
            assertThat(rig.bot.serves(new WorkspaceId("local"))).isFalse();
            assertThat(rig.bot.serves(new WorkspaceId("123456789012345678"))).isFalse();
        }
    }
}
