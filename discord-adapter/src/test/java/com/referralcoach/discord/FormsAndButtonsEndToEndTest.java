package com.referralcoach.discord;

import static com.referralcoach.discord.DiscordRig.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.reply.SuggestedAction;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.discord.FakeDiscord.Server;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongo.class)
@Timeout(60)
class FormsAndButtonsEndToEndTest {

    @Test
    void referralWithoutItsPeopleOpensTheFormAndTheFormLogsTheReferral(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.start(db, "Acme Sales")) {
            Server acme = rig.discord.server(0);
            String rita = rig.discord.user("rita");

            String opened = rig.discord.slash(acme, rita, "referral", Map.of("company", "Globex"));
            DataObject modal = DataObject.fromJson(rig.awaitRequest(DiscordRig.callbackOf(opened)).body());
            assertThat(modal.getInt("type")).isEqualTo(9);
            String modalId = modal.getObject("data").getString("custom_id");
            assertThat(modal.toString()).contains("Referred by").contains("Globex");

            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("from", "Jane Doe");
            fields.put("lead", "Tom Lee");
            fields.put("company", "Globex");
            fields.put("contact", "tom@globex.com");
            fields.put("note", "needs CRM help");
            String submitted = rig.discord.submit(acme, rita, modalId, fields);
            assertThat(DataObject.fromJson(rig.awaitRequest(DiscordRig.callbackOf(submitted)).body()).getInt("type"))
                    .isIn(4, 5);
            assertThat(textOf(rig.answerTo(submitted))).contains("Saved: new lead Tom Lee (Globex), referred by Jane Doe")
                    .contains("needs CRM help");
            assertThat(rig.coach(acme, rita, "pipeline")).contains("Tom Lee");
        }
    }

    @Test
    void aButtonSendsItsMessageAndReplacesItselfWithTheAnswer(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.start(db, "Acme Sales")) {
            Server acme = rig.discord.server(0);
            String rita = rig.discord.user("rita");
            DataObject reply = rig.answerTo(rig.discord.slash(acme, rita, "coach", Map.of("text", "met Jane Doe at Acme")));
            String asked = DiscordRig.buttonIds(reply).stream().filter(id -> id.endsWith("|asked Jane Doe")).findFirst()
                    .orElseThrow();

            String click = rig.discord.click(acme, rita, shown(rig, reply), asked);
            assertThat(DataObject.fromJson(rig.awaitRequest(DiscordRig.callbackOf(click)).body()).getInt("type"))
                    .isEqualTo(6);
            DataObject edited = rig.answerTo(click);
            assertThat(textOf(edited)).contains("\u2713").containsIgnoringCase("asked");
            assertThat(DiscordRig.buttonIds(edited)).doesNotContain(asked);
            assertThat(edited.getObject("allowed_mentions").getArray("parse").length()).isZero();
        }
    }

    @Test
    void aTemplateButtonOpensAFormPrefilledWithTheStartOfTheMessage(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.start(db, "Acme Sales")) {
            Server acme = rig.discord.server(0);
            String rita = rig.discord.user("rita");
            String template = ActionIds.id(ActionIds.Kind.TEMPLATE, acme.id(), "Jane Doe referred ");
            DataObject message = rig.discord.botMessage(acme.channelId(), DataObject.empty()).put("flags", 64);

            String click = rig.discord.click(acme, rita, message, template);
            DataObject modal = DataObject.fromJson(rig.awaitRequest(DiscordRig.callbackOf(click)).body());
            assertThat(modal.getInt("type")).isEqualTo(9);
            assertThat(modal.toString()).contains("Jane Doe referred");

            String sent = rig.discord.submit(acme, rita, modal.getObject("data").getString("custom_id"),
                    Map.of("message", "Jane Doe referred Tom Lee at Globex"));
            assertThat(textOf(rig.answerTo(sent))).contains("Tom Lee").contains("Jane Doe");
        }
    }

    @Test
    void aButtonTooLongForItsIdStillWorksAfterTheBotRestarts(MongoDatabase db) throws Exception {
        String said = "met Jane Doe at Acme about the northeast pilot rollout and the renewal of their enterprise"
                + " support plan";
        String button;
        try (DiscordRig before = DiscordRig.start(db, "Acme Sales")) {
            // what the bot that stopped had put on a button: the text itself does not fit Discord's 100 characters
            button = new ActionIds(MongoCoachStore.openActionTexts(db))
                    .of(before.discord.server(0).id(), SuggestedAction.send("Log it", said)).orElseThrow();
        }
        assertThat(said.length()).isGreaterThan(ActionIds.MAX_ID);
        assertThat(button.length()).isLessThanOrEqualTo(ActionIds.MAX_ID);
        try (DiscordRig rig = DiscordRig.start(db, "Acme Sales")) {
            Server acme = rig.discord.server(0);
            String rita = rig.discord.user("rita");
            DataObject shownButton = DataObject.empty().put("type", 2).put("style", 1).put("label", "Log it")
                    .put("custom_id", button);
            DataObject row = DataObject.empty().put("type", 1).put("components", DataArray.empty().add(shownButton));
            DataObject message = rig.discord.botMessage(acme.channelId(),
                    DataObject.empty().put("components", DataArray.empty().add(row))).put("flags", 64);

            String click = rig.discord.click(acme, rita, message, button);

            assertThat(textOf(rig.answerTo(click))).contains("Saved: meeting with Jane Doe");
            assertThat(rig.coach(acme, rita, "who is Jane Doe")).contains("pilot");
        }
    }

    /** The message a member sees: what the edit set, with the id Discord gave it. */
    private static DataObject shown(DiscordRig rig, DataObject edit) {
        return rig.discord.botMessage(rig.discord.server(0).channelId(), edit).put("flags", 64);
    }


}
