package com.referralcoach.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.ReminderStatus;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.reply.SuggestedAction;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A calendar meeting with several customers, through the engine, the calendar read and the real reminder path
 * (Quartz dispatching every 10 ms on a test clock): at its end the rep gets one message with one ask per customer,
 * each with its own quick actions, and every ask rule still holds per customer. Tuesday 3 March 2026, UTC.
 */
@ExtendWith(EmbeddedMongo.class)
class CalendarAsksTogetherTest {
    private static final Instant T0 = CalendarImportTest.T0;
    private static final RepId RITA = CalendarImportTest.RITA;

    private CalendarDispatchRig rig;

    @BeforeEach
    void open(MongoDatabase database) {
        rig = new CalendarDispatchRig(database);
    }

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void aMeetingWithSeveralCustomersBringsOneMessageWithAnAskForEach() {
        rig.ics.event("kickoff@google.com", "Kickoff", at(13, 0), at(14, 0), "Ann Lo <ann.lo@vela.io>",
                "Bo Park <bo@park.io>", "bob@acme.com");
        rig.ics.event("q3@google.com", "Q3 review", at(15, 0), at(15, 30), "Cy Reyes <cy@orbit.io>");
        rig.read();

        rig.runAt(at(14, 0));

        assertThat(rig.platform.sentTo(RITA.value())).hasSize(1);
        Reply message = rig.platform.sentTo(RITA.value()).get(0).message();
        assertThat(message.text()).startsWith("Your meeting about Kickoff with Ann Lo (Vela) and Bo Park (Park) has"
                + " ended: one ask for each.\n\nAnn Lo (Vela): Ann is new to you")
                .contains("Ask Ann anyway if it feels right: \"Who else do you know who is wrestling with something"
                        + " like your Kickoff?")
                .contains("\n\nBo Park (Park): Bo is new to you").contains("Ask Bo anyway");
        assertThat(message.actions()).extracting(SuggestedAction::label, SuggestedAction::message)
                .contains(org.assertj.core.groups.Tuple.tuple("Asked (Ann)", "asked Ann Lo"),
                        org.assertj.core.groups.Tuple.tuple("Not now (Ann)", "not now Ann Lo"),
                        org.assertj.core.groups.Tuple.tuple("Asked (Bo)", "asked Bo Park"),
                        org.assertj.core.groups.Tuple.tuple("Not now (Bo)", "not now Bo Park"));
        assertThat(message.actions()).filteredOn(a -> a.label().startsWith("Snooze 1 day")).hasSize(2);
        assertThat(rig.remindersOf("ask", "Kickoff"))
                .allSatisfy(status -> assertThat(status).isEqualTo(ReminderStatus.SENT));

        rig.runAt(at(15, 30));

        assertThat(rig.platform.sentTo(RITA.value())).hasSize(2);
        assertThat(rig.platform.sentTo(RITA.value()).get(1).text())
                .startsWith("Your meeting with Cy Reyes (Orbit) about Q3 review has ended.");
    }

    @Test
    void theAskRulesHoldForEachCustomerInTheMessage() {
        rig.say("Bo Park said no");
        rig.clock.advance(Duration.ofMinutes(1));
        rig.ics.event("kickoff@google.com", "Kickoff", at(13, 0), at(14, 0), "Ann Lo <ann.lo@vela.io>",
                "Bo Park <bo@park.io>", "Cy Reyes <cy@orbit.io>");
        rig.read();
        rig.clock.set(at(13, 30));
        rig.say("asked Cy Reyes");

        rig.runAt(at(14, 0));

        assertThat(rig.platform.sentTo(RITA.value())).hasSize(1);
        Reply message = rig.platform.sentTo(RITA.value()).get(0).message();
        assertThat(message.text()).startsWith("Your meeting about Kickoff with Ann Lo (Vela) and Bo Park (Park) has"
                + " ended").contains("Ann Lo (Vela): Ann is new to you")
                .contains("Bo Park (Park): No ask for Bo Park this time: they said no").doesNotContain("Cy");
        assertThat(message.actions()).extracting(SuggestedAction::label)
                .containsExactly("Asked (Ann)", "Got a referral (Ann)", "Not now (Ann)", "Snooze 1 day (Ann)");
        assertThat(rig.remindersOf("ask", "Kickoff")).containsExactlyInAnyOrder(ReminderStatus.SENT,
                ReminderStatus.SENT, ReminderStatus.SKIPPED);
    }

    @Test
    void twoTypedCallsThatEndTogetherAreTwoMeetingsWithAMessageEach() {
        rig.clock.set(at(13, 50));
        rig.say("call with Ann Lo ends in 10 min");
        rig.say("call with Bo Park ends in 10 min");

        rig.runAt(at(14, 0));

        assertThat(rig.platform.sentTo(RITA.value())).extracting(sent -> sent.text().lines().findFirst().orElseThrow())
                .containsExactlyInAnyOrder("Your meeting with Ann Lo has ended.",
                        "Your meeting with Bo Park has ended.");
    }

    private static Instant at(int hour, int minute) {
        return CalendarDispatchRig.at(hour, minute);
    }
}
