package com.referralcoach.discord;

import static com.referralcoach.discord.DiscordRig.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.LeadStage;
import com.referralcoach.core.domain.Meeting;
import com.referralcoach.core.domain.Referral;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.discord.FakeDiscord.Server;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** Slash command options and form fields reach the engine as typed commands: words the chat reads stay literal. */
@ExtendWith(EmbeddedMongo.class)
@Timeout(60)
class TypedFormsEndToEndTest {
    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void aMeetingsOptionsAreStoredAsTyped(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.start(db, CLOCK, UnaryOperator.identity(), "Acme Sales")) {
            Server acme = rig.discord.server(0);
            String rita = rig.discord.user("rita");
            Map<String, String> meeting = new LinkedHashMap<>();
            meeting.put("person", "Ann about Lo");
            meeting.put("ends", "in 45 min");
            meeting.put("company", "Acme at Globex");
            meeting.put("topic", "re: pricing - ask Jane");

            assertThat(textOf(rig.answerTo(rig.discord.slash(acme, rita, "meeting", meeting)))).contains("Saved");

            List<Meeting> meetings = rig.store.meetings().ofRep(new WorkspaceId(acme.id()), new RepId(rita));
            assertThat(meetings).hasSize(1);
            assertThat(meetings.get(0).topic()).contains("re: pricing - ask Jane");
            assertThat(meetings.get(0).endsAt()).isEqualTo(NOW.plus(Duration.ofMinutes(45)));
            Contact ann = contact(rig, acme, meetings.get(0).contact());
            assertThat(ann.name().display()).isEqualTo("Ann about Lo");
            assertThat(ann.company()).contains("Acme at Globex");
        }
    }

    @Test
    void anUnreadableEndIsExplainedAndNothingIsSaved(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.start(db, CLOCK, UnaryOperator.identity(), "Acme Sales")) {
            Server acme = rig.discord.server(0);
            String rita = rig.discord.user("rita");

            assertThat(textOf(rig.answerTo(rig.discord.slash(acme, rita, "meeting",
                    Map.of("person", "Jane Doe", "ends", "soonish")))))
                    .contains("couldn't read \"soonish\"").contains("Nothing was saved");
            assertThat(rig.store.meetings().ofRep(new WorkspaceId(acme.id()), new RepId(rita))).isEmpty();
        }
    }

    @Test
    void theReferralFormsFieldsAndALeadsStageAreStoredAsTyped(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.start(db, CLOCK, UnaryOperator.identity(), "Acme Sales")) {
            Server acme = rig.discord.server(0);
            String rita = rig.discord.user("rita");
            String opened = rig.discord.slash(acme, rita, "referral", Map.of());
            String modalId = DataObject.fromJson(rig.awaitRequest(DiscordRig.callbackOf(opened)).body())
                    .getObject("data").getString("custom_id");
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("from", "Ann about Lo");
            fields.put("lead", "Tom at Globex: CTO");
            fields.put("company", "Acme at Globex");
            fields.put("contact", "tom@globex.com");
            fields.put("note", "re: pricing - ask Jane");

            assertThat(textOf(rig.answerTo(rig.discord.submit(acme, rita, modalId, fields)))).contains("Saved");

            WorkspaceId workspace = new WorkspaceId(acme.id());
            List<Referral> open = rig.store.referrals().open(workspace, new RepId(rita));
            assertThat(open).hasSize(1);
            assertThat(open.get(0).need()).contains("re: pricing - ask Jane");
            assertThat(contact(rig, acme, open.get(0).referrer()).name().display()).isEqualTo("Ann about Lo");
            Contact tom = contact(rig, acme, open.get(0).lead());
            assertThat(tom.name().display()).isEqualTo("Tom at Globex: CTO");
            assertThat(tom.company()).contains("Acme at Globex");
            assertThat(tom.email()).contains("tom@globex.com");

            rig.answerTo(rig.discord.slash(acme, rita, "lead", Map.of("name", "Tom at Globex: CTO",
                    "stage", "proposal sent")));
            assertThat(rig.store.referrals().open(workspace, new RepId(rita)).get(0).stage())
                    .isEqualTo(LeadStage.PROPOSAL);
        }
    }

    private static Contact contact(DiscordRig rig, Server server, ContactId id) {
        return rig.store.contacts().find(new WorkspaceId(server.id()), id).orElseThrow();
    }
}
