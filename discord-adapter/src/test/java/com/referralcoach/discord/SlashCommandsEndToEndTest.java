package com.referralcoach.discord;

import static com.referralcoach.discord.DiscordRig.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.discord.FakeDiscord.Server;
import java.util.LinkedHashMap;
import java.util.Map;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongo.class)
@Timeout(60)
class SlashCommandsEndToEndTest {

    @Test
    void coachIsAnsweredPrivatelyInOneCallWhenTheEngineIsQuick(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.start(db, "Acme Sales")) {
            String rita = rig.discord.user("rita");
            String id = rig.discord.slash(rig.discord.server(0), rita, "coach", Map.of("text", "met Jane Doe at Acme"));

            DataObject callback = DataObject.fromJson(rig.awaitRequest(DiscordRig.callbackOf(id)).body());
            assertThat(callback.getInt("type")).isEqualTo(4);
            assertThat(callback.getObject("data").getInt("flags") & 64).isEqualTo(64);
            assertThat(rig.requests(r -> r.is("PATCH", "webhooks/"))).isEmpty();
            DataObject answer = rig.answerTo(id);
            assertThat(textOf(answer)).contains("Saved: meeting with Jane Doe (Acme)").contains("Welcome!");
            assertThat(answer.getObject("allowed_mentions").getArray("parse").length()).isZero();
            assertThat(DiscordRig.buttonIds(answer)).isNotEmpty().allMatch(custom -> custom.startsWith("rc|"));
        }
    }

    @Test
    void typedCommandsWithOptionsAreCarriedOut(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.start(db, "Acme Sales")) {
            Server acme = rig.discord.server(0);
            String rita = rig.discord.user("rita");

            Map<String, String> meeting = new LinkedHashMap<>();
            meeting.put("person", "Jane Doe");
            meeting.put("ends", "in 45 min");
            meeting.put("company", "Acme");
            meeting.put("topic", "the renewal");
            assertThat(textOf(rig.answerTo(rig.discord.slash(acme, rita, "meeting", meeting))))
                    .contains("Saved: meeting with Jane Doe (Acme) about the renewal");

            Map<String, String> referral = new LinkedHashMap<>();
            referral.put("from", "Jane Doe");
            referral.put("lead", "Tom Lee");
            referral.put("company", "Globex");
            referral.put("contact", "tom@globex.com");
            assertThat(textOf(rig.answerTo(rig.discord.slash(acme, rita, "referral", referral))))
                    .contains("Saved: new lead Tom Lee (Globex), referred by Jane Doe").contains("tom@globex.com");

            assertThat(textOf(rig.answerTo(rig.discord.slash(acme, rita, "lead",
                    Map.of("name", "Tom Lee", "stage", "proposal sent"))))).contains("Tom Lee").contains("proposal");
            assertThat(textOf(rig.answerTo(rig.discord.slash(acme, rita, "pipeline", Map.of()))))
                    .contains("Tom Lee").containsIgnoringCase("proposal");
            assertThat(textOf(rig.answerTo(rig.discord.slash(acme, rita, "lead",
                    Map.of("name", "Tom Lee", "stage", "won", "amount", "$12k"))))).contains("Tom Lee").contains("won")
                    .contains("12");
            assertThat(textOf(rig.answerTo(rig.discord.slash(acme, rita, "tz", Map.of("zone", "Europe/Paris")))))
                    .contains("Europe/Paris");
        }
    }

    @Test
    void namesAreSuggestedFromTheServersContacts(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.start(db, "Acme Sales")) {
            Server acme = rig.discord.server(0);
            String rita = rig.discord.user("rita");
            rig.coach(acme, rita, "referral from Jane Doe: Tom Lee (Globex)");

            String id = rig.discord.autocomplete(acme, rita, "meeting", "person", "jane d");
            DataObject answer = DataObject.fromJson(rig.awaitRequest(DiscordRig.callbackOf(id)).body());
            assertThat(answer.getInt("type")).isEqualTo(8);
            DataArray choices = answer.getObject("data").getArray("choices");
            assertThat(choices.length()).isEqualTo(1);
            assertThat(choices.getObject(0).getString("value")).isEqualTo("Jane Doe");

            String zones = rig.discord.autocomplete(acme, rita, "tz", "zone", "berl");
            assertThat(rig.awaitRequest(DiscordRig.callbackOf(zones)).body()).contains("Europe/Berlin");
        }
    }

    @Test
    void commandsAreRegisteredAtStartupGloballyOrOnTheConfiguredServer(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.start(db, "Acme Sales")) {
            DataArray commands = DataArray.fromJson(rig.awaitRequest(r -> r.is("PUT", "applications/"
                    + FakeDiscord.APPLICATION_ID + "/commands")).body());
            assertThat(commands.stream(DataArray::getObject).map(c -> c.getString("name")))
                    .containsExactlyInAnyOrder("coach", "meeting", "referral", "lead", "pipeline", "tz");
        }
        try (FakeDiscord discord = FakeDiscord.start("Acme Sales");
             DiscordBot bot = DiscordRig.startBot(discord.settings().withCommandGuild(discord.server(0).id()),
                     DiscordRig.engineOver(db), db)) {
            assertThat(discord.requests()).anyMatch(r -> r.is("PUT", "applications/" + FakeDiscord.APPLICATION_ID
                    + "/guilds/" + discord.server(0).id() + "/commands"));
            assertThat(discord.requests()).noneMatch(r -> r.is("PUT", "applications/" + FakeDiscord.APPLICATION_ID
                    + "/commands"));
        }
    }
}
