package com.referralcoach.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.engine.BotEngine;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.discord.FakeDiscord.Server;
import com.referralcoach.discord.FakeRest.Recorded;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Discord shows "This interaction failed" to a member whose command, form or click gets no first response within
 * 3 seconds of its creation, and refuses a later one (the fake does too). However busy the bot is, none fails.
 */
@ExtendWith(EmbeddedMongo.class)
@Timeout(90)
class BusyBotEndToEndTest {
    /** Three times as many members as the bot has lanes, so every lane has a queue behind its stuck work. */
    private static final int MEMBERS = 24;
    private static final int EACH = 6;

    @Test
    void aBurstWhileTheStoreIsStuckIsAcknowledgedInTimeAndAnsweredOnceItMoves(MongoDatabase db) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (FakeDiscord discord = FakeDiscord.start("Acme Sales");
             DiscordBot bot = DiscordRig.startBot(discord.settings(), new BotEngine(StuckRoster.storeOver(db, release),
                     new ChatParser(), Clock.systemUTC(), DiscordRig.ZONE), db)) {
            Server acme = discord.server(0);
            String form = referralForm(discord, acme);

            List<String> burst = new ArrayList<>();
            for (int round = 0; round < EACH; round++) {
                for (int i = 0; i < MEMBERS; i++) {
                    burst.add(interaction(discord, acme, discord.user("member" + i), round, form));
                }
            }

            assertThat(discord.failedInteractions()).as("interactions without a first response within 3 s").isEmpty();
            assertThat(burst).as("first responses while nothing can be answered: all \"thinking\"")
                    .allSatisfy(id -> assertThat(firstResponseType(discord, id)).isEqualTo(5));
            assertThat(discord.requests()).as("answers while the store is stuck")
                    .noneMatch(r -> r.is("PATCH", "webhooks/"));

            release.countDown();
            await().atMost(DiscordRig.WAIT).until(() -> burst.stream().allMatch(id -> answered(discord, id)));
        }
    }

    @Test
    void aCommandSentWhileTheBotIsStillOnTheLastOneShowsThinkingAtOnce(MongoDatabase db) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (FakeDiscord discord = FakeDiscord.start("Acme Sales");
             DiscordBot bot = DiscordRig.startBot(discord.settings(), new BotEngine(StuckRoster.storeOver(db, release),
                     new ChatParser(), Clock.systemUTC(), DiscordRig.ZONE), db)) {
            String rita = discord.user("rita");
            String first = discord.slash(discord.server(0), rita, "coach", Map.of("text", "pipeline"));
            String second = discord.slash(discord.server(0), rita, "coach", Map.of("text", "met Jane Doe at Acme"));

            // The first came to an idle bot: it may still be answered in one call, until its deadline. The second
            // can only be answered after the first, so its "thinking" does not wait for a deadline.
            await().atMost(DiscordRig.WAIT).until(() -> firstResponseType(discord, first) == 5);
            assertThat(discord.requests().stream().filter(r -> r.is("POST", "interactions/"))
                    .map(r -> r.path().split("/")[1]).toList()).containsSubsequence(second, first);

            release.countDown();
            await().atMost(DiscordRig.WAIT).until(() -> answered(discord, first) && answered(discord, second));
            assertThat(discord.failedInteractions()).isEmpty();
        }
    }

    @Test
    void aFirstResponseAfterTheThreeSecondsIsRefusedAsDiscordRefusesIt(MongoDatabase db) throws Exception {
        try (FakeDiscord discord = FakeDiscord.start("Acme Sales");
             DiscordBot bot = DiscordRig.startBot(discord.settings(), DiscordRig.engineOver(db), db)) {
            // Delivered by a slow gateway 4 s after Discord created it: the bot answers, but too late.
            String late = discord.slashCreatedAgo(Duration.ofSeconds(4), discord.server(0), discord.user("rita"),
                    "coach", Map.of("text", "pipeline"));

            await().atMost(DiscordRig.WAIT).until(() -> discord.requests().stream()
                    .anyMatch(DiscordRig.callbackOf(late)));
            assertThat(discord.failedInteractions()).containsExactly(late);
        }
    }

    @Test
    void aCommandDiscordAlreadyShowedAsFailedIsNotCarriedOut(MongoDatabase db) throws Exception {
        try (FakeDiscord discord = FakeDiscord.start("Acme Sales");
             DiscordBot bot = DiscordRig.startBot(discord.settings(), DiscordRig.engineOver(db), db)) {
            Server acme = discord.server(0);
            String rita = discord.user("rita");
            // Replayed after a gateway RESUME, 4 s after Discord created it: Rita already saw it fail.
            String late = discord.slashCreatedAgo(Duration.ofSeconds(4), acme, rita, "coach",
                    Map.of("text", "met Jane Doe at Acme about pricing"));
            await().atMost(DiscordRig.WAIT).until(() -> discord.requests().stream()
                    .anyMatch(DiscordRig.callbackOf(late)));

            // Her next command waits behind anything of hers already under way, so it would see the meeting.
            String contact = discord.slash(acme, rita, "coach", Map.of("text", "contact Jane Doe"));
            assertThat(DiscordRig.textOf(DiscordRig.answerTo(discord, contact))).doesNotContain("pricing");
            assertThat(db.getCollection("meetings").countDocuments()).isZero();
            assertThat(discord.failedInteractions()).containsExactly(late);
        }
    }

    /** Round by round: chat text, a typed command, the referral form. */
    private static String interaction(FakeDiscord discord, Server server, String member, int round, String form) {
        return switch (round % 3) {
            case 0 -> discord.slash(server, member, "coach", Map.of("text", "pipeline"));
            case 1 -> discord.slash(server, member, "lead", Map.of("name", "Tom Lee", "stage", "proposal sent"));
            default -> {
                Map<String, String> fields = new LinkedHashMap<>();
                fields.put("from", "Jane Doe");
                fields.put("lead", "Lead " + member + " " + round);
                fields.put("company", "Globex");
                yield discord.submit(server, member, form, fields);
            }
        };
    }

    /** Opens the referral form once (its id works for every member) and returns its id. */
    private static String referralForm(FakeDiscord discord, Server server) {
        String opened = discord.slash(server, discord.user("opener"), "referral", Map.of("company", "Globex"));
        Recorded modal = await().atMost(DiscordRig.WAIT).until(() -> discord.requests().stream()
                .filter(DiscordRig.callbackOf(opened)).findFirst(), java.util.Optional::isPresent).get();
        return DataObject.fromJson(modal.body()).getObject("data").getString("custom_id");
    }

    private static int firstResponseType(FakeDiscord discord, String id) {
        return discord.requests().stream().filter(DiscordRig.callbackOf(id)).findFirst()
                .map(r -> DataObject.fromJson(r.body()).getInt("type")).orElse(-1);
    }

    /** The answer is in: the edit of the "thinking". */
    private static boolean answered(FakeDiscord discord, String id) {
        return discord.requests().stream().anyMatch(r -> r.is("PATCH",
                "webhooks/" + FakeDiscord.APPLICATION_ID + "/itoken-" + id + "/messages/@original"));
    }
}
