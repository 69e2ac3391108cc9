package com.referralcoach.discord;

import static com.referralcoach.discord.DiscordRig.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.discord.FakeDiscord.Server;
import com.referralcoach.discord.FakeRest.Recorded;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** Gateway events and interactions shaped like Discord's own documented and captured payloads. */
@ExtendWith(EmbeddedMongo.class)
@Timeout(60)
class RealPayloadsEndToEndTest {
    /** A masked link as Discord renders it: "[text](address)" whose opening bracket is not escaped. */
    static final Pattern MASKED_LINK = Pattern.compile("(?<!\\\\)\\[[^\\]]*\\]\\(\\s*<?https?://");

    @Test
    void theBotConnectsWithoutThePrivilegedMessageContentIntentAndStillReadsDirectMessages(MongoDatabase db)
            throws Exception {
        try (DiscordRig rig = DiscordRig.start(db, "Acme Sales")) {
            assertThat(rig.discord.identifies()).singleElement().satisfies(identify ->
                    assertThat(identify.getLong("intents") & FakeGateway.MESSAGE_CONTENT).isZero());
            String rita = rig.discord.user("rita");

            rig.discord.directMessage(rita, "met Jane Doe at Acme");

            assertThat(textOf(DataObject.fromJson(rig.awaitRequest(r -> r.is("POST", "channels/"
                    + rig.discord.dmChannelOf(rita) + "/messages")).body()))).contains("Saved: meeting with Jane Doe");
        }
    }

    @Test
    void aDisguisedLinkIsShownLiterallyInTheAnswerAndThePipeline(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.start(db, "Acme Sales")) {
            Server acme = rig.discord.server(0);
            String rita = rig.discord.user("rita");

            String saved = rig.coach(acme, rita, "referral from Jane Doe: [Mona Mask](https://evil.example/claim) (Globex)");
            String pipeline = rig.coach(acme, rita, "pipeline");
            rig.discord.directMessage(rita, "pipeline");
            String inDm = textOf(DataObject.fromJson(rig.awaitRequest(r -> r.is("POST", "channels/"
                    + rig.discord.dmChannelOf(rita) + "/messages")).body()));

            for (String shown : List.of(saved, pipeline, inDm)) {
                assertThat(shown).contains("Mona Mask").contains("evil.example");
                assertThat(MASKED_LINK.matcher(shown).find()).as("a masked link in: %s", shown).isFalse();
            }
        }
    }

    @Test
    void aClickOnAButtonTheBotNeverMadeIsAnsweredThatItHasExpired(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.start(db, "Acme Sales")) {
            Server acme = rig.discord.server(0);
            String rita = rig.discord.user("rita");
            DataObject message = rig.discord.botMessage(acme.channelId(), DataObject.empty().put("content", "old"));

            String inServer = rig.discord.click(acme, rita, message, "some-button-from-an-old-version");
            String inDm = rig.discord.click(null, rita, message, "rc|zz|" + acme.id());

            for (String id : List.of(inServer, inDm)) {
                DataObject callback = DataObject.fromJson(rig.awaitRequest(DiscordRig.callbackOf(id)).body());
                assertThat(callback.getInt("type")).isEqualTo(4);
                assertThat(textOf(callback.getObject("data"))).contains("That button has expired");
                assertThat(callback.getObject("data").getInt("flags") & 64).isEqualTo(64);
            }
            assertThat(rig.discord.failedInteractions()).isEmpty();
        }
    }

    @Test
    void aCommandUsedInTheBotsDirectMessagesOrFromAUserInstallIsAnswered(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.start(db, "Acme Sales")) {
            String rita = rig.discord.user("rita");

            String inDm = rig.discord.slashInDirectMessages(rita, "pipeline", Map.of());
            String userInstall = rig.discord.slashFromUserInstall(rita, "coach", Map.of("text", "pipeline"));

            for (String id : List.of(inDm, userInstall)) {
                assertThat(textOf(rig.answerTo(id))).contains("only in a server");
            }
            assertThat(rig.discord.failedInteractions()).isEmpty();
        }
    }

    @Test
    void commandsAreOfferedOnlyInServersThatInstalledTheBot(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.start(db, "Acme Sales")) {
            Recorded registration = rig.awaitRequest(r -> r.is("PUT", "applications/" + FakeDiscord.APPLICATION_ID
                    + "/commands"));
            DataArray commands = DataArray.fromJson(registration.body());

            assertThat(commands.length()).isPositive();
            commands.stream(DataArray::getObject).forEach(command -> {
                // 0: used in a server; 0: installed to a server (not to a member's account)
                assertThat(numbers(command.optArray("contexts"))).as(command.getString("name")).containsExactly(0);
                assertThat(numbers(command.optArray("integration_types"))).as(command.getString("name"))
                        .containsExactly(0);
            });
        }
    }

    /** Discord's integers in a JSON array, which JDA writes as strings; empty when the array is left out. */
    private static List<Integer> numbers(java.util.Optional<DataArray> array) {
        return array.map(all -> all.toList().stream().map(value -> Integer.valueOf(String.valueOf(value))).toList())
                .orElse(List.of());
    }

    @Test
    void aPinNoticeInTheDirectMessagesGetsNoAnswer(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.start(db, "Acme Sales")) {
            String rita = rig.discord.user("rita");
            String dm = "channels/" + rig.discord.dmChannelOf(rita) + "/messages";

            rig.discord.pinNotice(rita, FakeDiscord.snowflake());
            rig.discord.directMessage(rita, "met Jane Doe at Acme");

            rig.awaitRequest(r -> r.is("POST", dm) && r.body().contains("Saved: meeting with Jane Doe"));
            // Answers to one member go out in order, so an answer to the notice would already be here.
            assertThat(rig.requests(r -> r.is("POST", dm))).singleElement()
                    .satisfies(answer -> assertThat(answer.body()).doesNotContain("Say something like"));
        }
    }
}
