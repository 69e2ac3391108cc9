package com.referralcoach.discord;

import static com.referralcoach.discord.DiscordRig.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.DeliveryFailure;
import com.referralcoach.core.reminders.DispatchSettings;
import com.referralcoach.core.reminders.ReminderComposer;
import com.referralcoach.core.reminders.ReminderDispatcher;
import com.referralcoach.core.reminders.ReminderPlanner;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.reply.SuggestedAction;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.core.testing.TestClock;
import com.referralcoach.discord.FakeDiscord.Server;
import com.referralcoach.discord.FakeRest.Answer;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongo.class)
@Timeout(90)
class RemindersEndToEndTest {
    private static final Answer DMS_CLOSED = new Answer(403,
            "{\"code\":50007,\"message\":\"Cannot send messages to this user\"}", Map.of());

    @Test
    void aDueReminderArrivesAsADirectMessageWhoseButtonRecordsTheAskOnce(MongoDatabase db) throws Exception {
        // Monday 23 November 2026, 10:00 in Berlin: working hours.
        TestClock clock = new TestClock(ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, DiscordRig.ZONE).toInstant());
        try (DiscordRig rig = DiscordRig.start(db, clock, settings -> settings, "Acme Sales")) {
            Server acme = rig.discord.server(0);
            String rita = rig.discord.user("rita");
            assertThat(rig.coach(acme, rita, "meeting with Jane Doe (Acme) ends 10:30 about the renewal"))
                    .contains("remind you to ask Jane");
            ReminderDispatcher dispatcher = new ReminderDispatcher(rig.store.reminders(), ReminderComposer.over(
                    rig.store, new ReminderPlanner(rig.store.reminders()), DiscordRig.ZONE), rig.bot, clock,
                    DispatchSettings.defaults());
            clock.advance(Duration.ofMinutes(31));

            assertThat(dispatcher.dispatchDue()).isEqualTo(1);
            DataObject reminder = DirectMessagesEndToEndTest.awaitMessages(rig, rig.discord.dmChannelOf(rita), 1)
                    .get(0);
            assertThat(textOf(reminder)).contains("Jane");
            assertThat(rig.requests(r -> r.is("POST", "users/@me/channels"))).anyMatch(r -> r.body().contains(rita));
            String asked = DiscordRig.buttonIds(reminder).stream().filter(id -> id.endsWith("|asked Jane Doe"))
                    .findFirst().orElseThrow();

            String click = rig.discord.click(null, rita, reminder, asked);
            DataObject edited = rig.answerTo(click);
            assertThat(textOf(edited)).contains("\u2713").contains("Saved: you asked Jane Doe for a referral");
            assertThat(DiscordRig.buttonIds(edited)).doesNotContain(asked);

            String again = rig.discord.click(null, rita, reminder, asked);
            assertThat(DataObject.fromJson(rig.awaitRequest(DiscordRig.callbackOf(again)).body()).getInt("type"))
                    .isEqualTo(6);
            assertThat(rig.requests(r -> r.path().contains("itoken-" + again + "/messages/@original"))).isEmpty();
            assertThat(rig.coach(acme, rita, "contact Jane Doe")).contains("Asks").doesNotContain("not asked yet");
        }
    }

    @Test
    void closedDirectMessagesFallBackToTheServerChannelPingingOnlyThatMember(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.startWithFallback(db, "Acme Sales")) {
            Server acme = rig.discord.server(0);
            String rita = rig.discord.user("rita");
            rig.discord.rest().failNext(r -> r.is("POST", "channels/" + rig.discord.dmChannelOf(rita)), 1, DMS_CLOSED);

            rig.bot.send(new WorkspaceId(acme.id()), new RepId(rita), Reply.of("Ask Jane for a referral"))
                    .get(20, TimeUnit.SECONDS);

            DataObject posted = DirectMessagesEndToEndTest.awaitMessages(rig, acme.channelId(), 1).get(0);
            assertThat(posted.getString("content")).isEqualTo("<@" + rita + ">");
            DataObject body = DataObject.fromJson(rig.awaitRequest(r -> r.is("POST", "channels/" + acme.channelId()))
                    .body());
            assertThat(body.getObject("allowed_mentions").getArray("parse").length()).isZero();
            assertThat(body.getObject("allowed_mentions").getArray("users").toList()).containsExactly(rita);
        }
    }

    @Test
    void aReminderInTheFallbackChannelTakesClicksOnlyFromItsMember(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.startWithFallback(db, "Acme Sales")) {
            Server acme = rig.discord.server(0);
            String rita = rig.discord.user("rita");
            String bob = rig.discord.user("bob");
            rig.coach(acme, rita, "met Jane Doe at Acme about the rollout");
            rig.discord.rest().failNext(r -> r.is("POST", "channels/" + rig.discord.dmChannelOf(rita)), 1, DMS_CLOSED);
            rig.bot.send(new WorkspaceId(acme.id()), new RepId(rita), new Reply("Ask Jane Doe for a referral",
                    List.of(), List.of(SuggestedAction.send("Asked", "asked Jane Doe")))).get(20, TimeUnit.SECONDS);
            DataObject posted = DirectMessagesEndToEndTest.awaitMessages(rig, acme.channelId(), 1).get(0);
            String asked = DiscordRig.buttonIds(posted).get(0);

            String bobs = rig.discord.click(acme, bob, posted, asked);
            DataObject refusal = DataObject.fromJson(rig.awaitRequest(DiscordRig.callbackOf(bobs)).body());
            assertThat(refusal.getInt("type")).as("a message only Bob sees, not an edit of Rita's").isEqualTo(4);
            assertThat(refusal.getObject("data").getInt("flags") & 64).as("ephemeral").isEqualTo(64);
            assertThat(textOf(refusal.getObject("data"))).contains("for the member the message mentions");

            String ritas = rig.discord.click(acme, rita, posted, asked);
            assertThat(textOf(rig.answerTo(ritas))).contains("you asked Jane Doe");
            assertThat(rig.coach(acme, bob, "contact Jane Doe")).as("nothing saved as Bob's").contains("not asked yet");
        }
    }

    @Test
    void closedDirectMessagesWithoutAFallbackAreAPermanentFailure(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.start(db, "Acme Sales")) {
            String rita = rig.discord.user("rita");
            rig.discord.rest().failNext(r -> r.is("POST", "channels/" + rig.discord.dmChannelOf(rita)), 1, DMS_CLOSED);

            CompletableFuture<Void> sent = rig.bot.send(new WorkspaceId(rig.discord.server(0).id()), new RepId(rita),
                    Reply.of("Ask Jane for a referral"));

            assertThatThrownBy(() -> sent.get(20, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(DeliveryFailure.class)
                    .matches(cause -> ((DeliveryFailure) cause).isPermanent());
            assertThat(rig.bot.serves(new WorkspaceId(rig.discord.server(0).id()))).isTrue();
            assertThat(rig.bot.serves(new WorkspaceId("T-SLACK"))).isFalse();
        }
    }

    @Test
    void aBurstOfFiveHundredDirectMessagesAllArriveThroughRateLimits(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.start(db, "Acme Sales")) {
            WorkspaceId acme = new WorkspaceId(rig.discord.server(0).id());
            Answer limited = new Answer(429, "{\"message\":\"You are being rate limited.\",\"retry_after\":1.0,"
                    + "\"global\":false}", Map.of("Retry-After", "1", "Via", "1.1 google", "X-RateLimit-Scope", "user"));
            rig.discord.rest().failNext(r -> r.method().equals("POST") && r.path().matches("channels/\\d+/messages"),
                    5, limited);
            rig.discord.rest().failNext(r -> r.is("POST", "users/@me/channels"), 2, limited);

            List<CompletableFuture<Void>> sends = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                sends.add(rig.bot.send(acme, new RepId(rig.discord.user("rep" + i)), new Reply("Reminder " + i,
                        List.of(), List.of(SuggestedAction.send("Asked", "asked Jane Doe")))));
            }
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

            for (int i = 0; i < 500; i++) {
                assertThat(rig.discord.messagesIn(rig.discord.dmChannelOf(rig.discord.user("rep" + i)))).hasSize(1);
            }
            assertThat(rig.requests(r -> r.method().equals("POST") && r.path().matches("channels/\\d+/messages")))
                    .hasSize(505);
        }
    }
}
