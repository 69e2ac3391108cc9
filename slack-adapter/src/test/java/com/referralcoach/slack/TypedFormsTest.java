package com.referralcoach.slack;

import static com.referralcoach.slack.FakeSlackApi.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.Meeting;
import com.referralcoach.core.domain.Referral;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The /coach forms reach the engine as typed commands through real Bolt: words the chat reads stay literal. */
@ExtendWith(EmbeddedMongo.class)
class TypedFormsTest {
    private static final WorkspaceId WORKSPACE = new WorkspaceId(TEAM);
    private SlackRig rig;

    @BeforeEach
    void start(MongoDatabase db) throws Exception {
        rig = SlackRig.socketMode(db);
    }

    @AfterEach
    void stop() throws Exception {
        rig.close();
    }

    @Test
    void theMeetingFormsFieldsAreStoredAsTypedAndItsEndInTheRepsZone() {
        rig.api.userZone("U7", "Europe/Berlin");
        rig.socket.send("env-m", "interactive", SlackPayloads.submission(TEAM, "U7", CoachModals.MEETING,
                Map.of("person", "Ann about Lo", "company", "Acme at Globex", "topic", "re: pricing - ask Jane",
                        "end", "15:30")), 0);

        answered("U7");
        List<Meeting> meetings = rig.store.meetings().ofRep(WORKSPACE, new RepId("U7"));
        assertThat(meetings).hasSize(1);
        assertThat(meetings.get(0).topic()).contains("re: pricing - ask Jane");
        assertThat(meetings.get(0).endsAt()).isEqualTo(Instant.parse("2026-11-23T14:30:00Z"));
        Contact ann = contact(meetings.get(0).contact());
        assertThat(ann.name().display()).isEqualTo("Ann about Lo");
        assertThat(ann.company()).contains("Acme at Globex");
        assertThat(rig.socket.acks()).contains("env-m");
    }

    @Test
    void theReferralFormsFieldsAreStoredAsTyped() {
        rig.socket.send("env-r", "interactive", SlackPayloads.submission(TEAM, "U8", CoachModals.REFERRAL,
                Map.of("referrer", "Ann about Lo", "lead", "Tom at Globex: CTO", "company", "Acme at Globex",
                        "email", "tom@globex.com", "phone", "+1 555 0100", "need", "re: pricing - ask Jane")), 0);

        answered("U8");
        List<Referral> open = rig.store.referrals().open(WORKSPACE, new RepId("U8"));
        assertThat(open).hasSize(1);
        assertThat(open.get(0).need()).contains("re: pricing - ask Jane");
        assertThat(contact(open.get(0).referrer()).name().display()).isEqualTo("Ann about Lo");
        Contact tom = contact(open.get(0).lead());
        assertThat(tom.name().display()).isEqualTo("Tom at Globex: CTO");
        assertThat(tom.company()).contains("Acme at Globex");
        assertThat(tom.email()).contains("tom@globex.com");
        assertThat(tom.phone()).contains("+1 555 0100");
    }

    @Test
    void anEndThatCannotBeReadIsExplainedAndNothingIsSaved() {
        rig.socket.send("env-x", "interactive", SlackPayloads.submission(TEAM, "U9", CoachModals.MEETING,
                Map.of("person", "Jane Doe", "end", "soonish")), 0);

        assertThat(answered("U9")).contains("soonish").contains("Nothing was saved");
        assertThat(rig.store.meetings().ofRep(WORKSPACE, new RepId("U9"))).isEmpty();
    }

    /** The DM the rep was answered with. */
    private String answered(String user) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !rig.api.calls("chat.postMessage").isEmpty());
        FakeSlackApi.Call reply = rig.api.calls("chat.postMessage").get(0);
        assertThat(reply.param("channel")).isEqualTo("D" + user);
        return reply.decoded();
    }

    private Contact contact(ContactId id) {
        return rig.store.contacts().find(WORKSPACE, id).orElseThrow();
    }
}
