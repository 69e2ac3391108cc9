package com.referralcoach.discord;

import static com.referralcoach.discord.DiscordRig.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.discord.FakeDiscord.Server;
import java.util.Map;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongo.class)
@Timeout(60)
class TenantsAndMentionsEndToEndTest {

    @Test
    void twoServersAreTwoTenantsEvenForTheSameMember(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.start(db, "Acme Sales", "Globex Sales")) {
            Server acme = rig.discord.server(0);
            Server globex = rig.discord.server(1);
            String rita = rig.discord.user("rita");

            rig.coach(acme, rita, "referral from Jane Doe: Tom Lee (Initech)");
            rig.coach(globex, rita, "referral from Ann Smith: Bo Chen (Hooli)");

            assertThat(rig.coach(acme, rita, "pipeline")).contains("Tom Lee").doesNotContain("Bo Chen");
            assertThat(rig.coach(globex, rita, "pipeline")).contains("Bo Chen").doesNotContain("Tom Lee");
            String suggested = rig.discord.autocomplete(globex, rita, "referral", "from", "jane");
            DataArray choices = DataObject.fromJson(rig.awaitRequest(DiscordRig.callbackOf(suggested)).body())
                    .getObject("data").getArray("choices");
            assertThat(choices.length()).isZero();
            assertThat(rig.engine.knownNames(new WorkspaceId(acme.id()), "jane")).containsExactly("Jane Doe");
            assertThat(rig.bot.serves(new WorkspaceId(acme.id()))).isTrue();
            assertThat(rig.bot.serves(new WorkspaceId(globex.id()))).isTrue();
        }
    }

    @Test
    void mentionsInWhatMembersTypedAreShownAndPingNobody(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.start(db, "Acme Sales")) {
            Server acme = rig.discord.server(0);
            String rita = rig.discord.user("rita");

            // Mentions of many people leave every message before it is read, a member's leaves names (bot-core's
            // Mentions); one elsewhere is kept and shown, and pings nobody.
            String id = rig.discord.slash(acme, rita, "referral", Map.of("from", "Jane Doe", "lead", "Tom Lee",
                    "company", "Acme <@123>"));
            DataObject answer = rig.answerTo(id);

            assertThat(textOf(answer)).contains("Acme <@123>");
            DataObject allowed = answer.getObject("allowed_mentions");
            assertThat(allowed.getArray("parse").length()).isZero();
            assertThat(allowed.optArray("roles").map(DataArray::length).orElse(0)).isZero();
            assertThat(allowed.optArray("users").map(DataArray::length).orElse(0)).isZero();

            rig.discord.directMessage(rita, "pipeline");
            DataObject dm = DataObject.fromJson(rig.awaitRequest(r -> r.is("POST", "channels/"
                    + rig.discord.dmChannelOf(rita))).body());
            assertThat(textOf(dm)).contains("<@123>");
            assertThat(dm.getObject("allowed_mentions").getArray("parse").length()).isZero();
        }
    }
}
