package com.referralcoach.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.calendar.FeedProblem;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.ReminderKind;
import com.referralcoach.core.domain.ReminderStatus;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.core.testing.RecordingPlatform;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Prep notes ("prep on") as reminders of their own, through the calendar read, the engine and the real reminder path
 * (Quartz dispatching every 10 ms on a test clock): exactly 15 minutes before a customer meeting, composed when sent,
 * moved and cancelled with the meeting, never late, and not held by a feed in backoff. Tuesday 3 March 2026, UTC.
 */
@ExtendWith(EmbeddedMongo.class)
class CalendarPrepTest {
    private static final WorkspaceId WS = CalendarImportTest.WS;
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
    void thePrepNoteComesExactlyFifteenMinutesBeforeTheMeeting() {
        rig.say("prep on");
        rig.say("met Ann Lo at Vela about the pilot");
        rig.ics.event("q3@google.com", "Q3 review", at(10, 0), at(11, 0), "Ann Lo <ann.lo@vela.io>");
        rig.read();

        rig.runAt(at(9, 44));
        assertThat(preps()).isEmpty();
        rig.runAt(at(9, 45));

        assertThat(preps()).containsExactly("Prep for 'Q3 review' at 10:00 AM:\n• Ann Lo (Vela): last discussed the"
                + " pilot. Ask at the end: \"" + preps().get(0).substring(preps().get(0).indexOf("end: \"") + 6));
        assertThat(preps().get(0)).contains("Ask at the end: \"");
        assertThat(rig.remindersOf("prep", "Q3 review")).containsExactly(ReminderStatus.SENT);
        rig.runAt(at(11, 0));
        assertThat(rig.platform.sentTo(RITA.value())).extracting(s -> s.text().lines().findFirst().orElseThrow())
                .contains("Your meeting with Ann Lo (Vela) about Q3 review has ended.");
    }

    @Test
    void aFeedInBackoffStillBringsThePrepNote() {
        rig.say("prep on");
        rig.ics.event("q3@google.com", "Q3 review", at(10, 0), at(11, 0), "Ann Lo <ann.lo@vela.io>");
        rig.read();
        rig.ics.failWith(FeedProblem.TIMED_OUT);
        rig.clock.set(at(8, 10));
        rig.read();
        assertThat(rig.book.feed(WS, RITA).orElseThrow().problem()).contains(FeedProblem.TIMED_OUT);

        rig.runAt(at(9, 45));

        assertThat(preps()).hasSize(1);
    }

    @Test
    void aMovedMeetingMovesItsPrepNoteAndACancelledOneHasNone() {
        rig.say("prep on");
        rig.ics.event("q3@google.com", "Q3 review", at(10, 0), at(11, 0), "Ann Lo <ann.lo@vela.io>");
        rig.ics.event("kick@google.com", "Kickoff", at(12, 0), at(13, 0), "Bo Park <bo@park.io>");
        rig.read();
        rig.ics.clear();
        rig.ics.event("q3@google.com", "Q3 review", at(14, 0), at(15, 0), "Ann Lo <ann.lo@vela.io>");
        rig.ics.event("kick@google.com", Optional.empty(), "Kickoff", at(12, 0), at(13, 0), "CANCELLED",
                "Bo Park <bo@park.io>");
        rig.clock.set(at(8, 10));
        rig.read();

        rig.runAt(at(9, 45));
        rig.runAt(at(11, 45));
        assertThat(preps()).isEmpty();
        assertThat(rig.remindersOf("prep", "Kickoff")).containsExactly(ReminderStatus.CANCELLED);
        rig.runAt(at(13, 45));

        assertThat(preps()).singleElement().asString().startsWith("Prep for 'Q3 review' at 2:00 PM:");
    }

    @Test
    void aPrepNoteIsNeverLateAndNotSentWhenPrepIsOffByThen() {
        rig.say("prep on");
        rig.ics.event("q3@google.com", "Q3 review", at(10, 0), at(11, 0), "Ann Lo <ann.lo@vela.io>");
        rig.ics.event("kick@google.com", "Kickoff", at(12, 0), at(13, 0), "Bo Park <bo@park.io>");
        rig.read();

        rig.runAt(at(10, 0));
        assertThat(rig.remindersOf("prep", "Q3 review")).containsExactly(ReminderStatus.SKIPPED);
        rig.book.setPrepNotes(WS, RITA, false);
        rig.runAt(at(11, 45));

        assertThat(preps()).isEmpty();
        assertThat(rig.remindersOf("prep", "Kickoff")).containsExactly(ReminderStatus.SKIPPED);
    }

    @Test
    void severalCustomersShareOnePrepNote() {
        rig.say("prep on");
        rig.ics.event("kick@google.com", "Kickoff", at(13, 0), at(14, 0), "Bo Park <bo@park.io>",
                "Ann Lo <ann.lo@vela.io>");
        rig.read();

        rig.runAt(at(12, 45));

        assertThat(preps()).singleElement().asString().startsWith("Prep for 'Kickoff' at 1:00 PM:\n• Ann Lo (Vela):")
                .contains("\n• Bo Park (Park):");
        assertThat(rig.remindersOf("prep", "Kickoff")).containsExactly(ReminderStatus.SENT, ReminderStatus.SENT);
    }

    @Test
    void turningPrepOnPlansNotesForMeetingsAlreadyLoggedAndOffCancelsThem() {
        rig.ics.event("q3@google.com", "Q3 review", at(10, 0), at(11, 0), "Ann Lo <ann.lo@vela.io>");
        rig.read();
        assertThat(upcomingKinds()).containsExactly(ReminderKind.ASK_AFTER_MEETING);

        assertThat(rig.say("prep on")).startsWith("Prep notes on: 15 minutes before each customer meeting");
        assertThat(upcomingKinds()).containsExactly(ReminderKind.MEETING_PREP, ReminderKind.ASK_AFTER_MEETING);
        assertThat(rig.say("reminders")).contains("a prep note for your meeting with Ann Lo");
        rig.say("prep off");
        assertThat(upcomingKinds()).containsExactly(ReminderKind.ASK_AFTER_MEETING);
        rig.say("prep on");
        rig.runAt(at(9, 45));

        assertThat(preps()).hasSize(1);
    }

    @Test
    void aPrepNoteIsNotHeldToWorkingHours() {
        rig.clock.set(at(7, 0));
        rig.book.connect(WS, RITA, CalendarImportTest.LINK, rig.clock.instant());
        rig.say("prep on");
        rig.ics.event("early@google.com", "Breakfast", at(8, 5), at(9, 0), "Ann Lo <ann.lo@vela.io>");
        rig.read();

        rig.runAt(at(7, 50));

        assertThat(preps()).singleElement().asString().startsWith("Prep for 'Breakfast' at 8:05 AM:");
    }

    @Test
    void aTypedMeetingAheadGetsItsPrepNoteWhenPrepIsOn() {
        rig.clock.set(at(8, 0));
        rig.say("call with Bo Park at Orbit 11:00-11:30 about the renewal");
        assertThat(upcomingKinds()).doesNotContain(ReminderKind.MEETING_PREP);

        rig.say("prep on");
        rig.say("call with Cy Reyes at Vela 10:00-10:30");
        assertThat(upcomingKinds()).filteredOn(k -> k == ReminderKind.MEETING_PREP).hasSize(2);
        rig.runAt(at(9, 45));
        assertThat(preps()).singleElement().asString().startsWith("Prep for your meeting at 10:00 AM:")
                .contains("Cy Reyes");

        rig.say("prep off");
        rig.runAt(at(10, 45));
        assertThat(preps()).hasSize(1);
    }

    private List<String> preps() {
        return rig.platform.sentTo(RITA.value()).stream().map(RecordingPlatform.Sent::text)
                .filter(t -> t.startsWith("Prep for")).toList();
    }

    private List<ReminderKind> upcomingKinds() {
        return rig.store.reminders().upcoming(WS, RITA, 10).stream().map(Reminder::kind).toList();
    }

    private static Instant at(int hour, int minute) {
        return CalendarDispatchRig.at(hour, minute);
    }
}
