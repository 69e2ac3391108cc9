package com.referralcoach.discord;

import static com.referralcoach.discord.DiscordRig.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.util.Map;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongo.class)
@Timeout(60)
class SlashCommandsEndToEndTest {

    @Test
    void coachIsAcknowledgedPrivatelyThenAnsweredByEditingTheReply(MongoDatabase db) throws Exception {
        try (DiscordRig rig = DiscordRig.start(db, "Acme Sales")) {
            String rita = rig.discord.user("rita");
            String id = rig.discord.slash(rig.discord.server(0), rita, "coach", Map.of("text", "met Jane Doe at Acme"));

            DataObject deferred = DataObject.fromJson(rig.awaitRequest(DiscordRig.callbackOf(id)).body());
            assertThat(deferred.getInt("type")).isEqualTo(5);
            assertThat(deferred.getObject("data").getInt("flags")).isEqualTo(64);
            DataObject answer = rig.answerTo(id);
            assertThat(textOf(answer)).contains("Saved: meeting with Jane Doe (Acme)");
            assertThat(answer.getObject("allowed_mentions").getArray("parse").length()).isZero();
        }
    }
}
