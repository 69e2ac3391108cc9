package com.referralcoach.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.calendar.FeedProblem;
import com.referralcoach.core.domain.Meeting;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.ReminderId;
import com.referralcoach.core.domain.ReminderKind;
import com.referralcoach.core.domain.ReminderStatus;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.port.CalendarBook;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.port.ContactFiles;
import com.referralcoach.core.port.DigestRequests;
import com.referralcoach.core.port.ExportFiles;
import com.referralcoach.core.port.ImportProgress;
import com.referralcoach.core.reminders.DispatchSettings;
import com.referralcoach.core.reminders.ReminderComposer;
import com.referralcoach.core.reminders.ReminderDispatcher;
import com.referralcoach.core.reminders.ReminderPlanner;
import com.referralcoach.core.schedule.quartz.ReminderScheduler;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.core.testing.RecordingPlatform;
import com.referralcoach.core.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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

    private TestClock clock;
    private CoachStore store;
    private CalendarBook book;
    private CalendarIcs ics;
    private RecordingPlatform platform;
    private BotEngine engine;
    private ReminderDispatcher dispatcher;
    private ReminderScheduler scheduler;

    @BeforeEach
    void open(MongoDatabase database) {
        clock = new TestClock(CalendarImportTest.T0);
        store = MongoCoachStore.open(database, clock);
        book = MongoCoachStore.openCalendarBook(database);
        ics = new CalendarIcs();
        platform = new RecordingPlatform(clock);
        engine = new BotEngine(store, new ChatParser(), clock, ZoneOffset.UTC, DigestRequests.NONE, ContactFiles.NONE,
                ImportProgress.NONE, ExportFiles.NONE, book, ics);
        store.reps().save(new Rep(WS, RITA, "Rita Rep", ZoneOffset.UTC, Optional.empty(), clock.instant()));
        book.connect(WS, RITA, CalendarImportTest.LINK, clock.instant());
        dispatcher = new ReminderDispatcher(store.reminders(), ReminderComposer.over(store, book,
                new ReminderPlanner(store.reminders()), ZoneOffset.UTC), platform, clock, DispatchSettings.defaults());
        scheduler = ReminderScheduler.start(dispatcher, Duration.ofMillis(10));
    }

    @AfterEach
    void close() {
        scheduler.close();
    }

    @Test
    void thePrepNoteComesExactlyFifteenMinutesBeforeTheMeeting() {
        say("prep on");
        say("met Ann Lo at Vela about the pilot");
        ics.event("q3@google.com", "Q3 review", at(10, 0), at(11, 0), "Ann Lo <ann.lo@vela.io>");
        read();

        at(at(9, 44));
        assertThat(preps()).isEmpty();
        at(at(9, 45));

        assertThat(preps()).containsExactly("Prep for 'Q3 review' at 10:00 AM:\n• Ann Lo (Vela): last discussed the"
                + " pilot. Ask at the end: \"" + preps().get(0).substring(preps().get(0).indexOf("end: \"") + 6));
        assertThat(preps().get(0)).contains("Ask at the end: \"");
        assertThat(prepsOf("Q3 review")).containsExactly(ReminderStatus.SENT);
        at(at(11, 0));
        assertThat(platform.sentTo(RITA.value())).extracting(s -> s.text().lines().findFirst().orElseThrow())
                .contains("Your meeting with Ann Lo (Vela) about Q3 review has ended.");
    }

    @Test
    void aFeedInBackoffStillBringsThePrepNote() {
        say("prep on");
        ics.event("q3@google.com", "Q3 review", at(10, 0), at(11, 0), "Ann Lo <ann.lo@vela.io>");
        read();
        ics.failWith(FeedProblem.TIMED_OUT);
        clock.set(at(8, 10));
        read();
        assertThat(book.feed(WS, RITA).orElseThrow().problem()).contains(FeedProblem.TIMED_OUT);

        at(at(9, 45));

        assertThat(preps()).hasSize(1);
    }

    @Test
    void aMovedMeetingMovesItsPrepNoteAndACancelledOneHasNone() {
        say("prep on");
        ics.event("q3@google.com", "Q3 review", at(10, 0), at(11, 0), "Ann Lo <ann.lo@vela.io>");
        ics.event("kick@google.com", "Kickoff", at(12, 0), at(13, 0), "Bo Park <bo@park.io>");
        read();
        ics.clear();
        ics.event("q3@google.com", "Q3 review", at(14, 0), at(15, 0), "Ann Lo <ann.lo@vela.io>");
        ics.event("kick@google.com", Optional.empty(), "Kickoff", at(12, 0), at(13, 0), "CANCELLED",
                "Bo Park <bo@park.io>");
        clock.set(at(8, 10));
        read();

        at(at(9, 45));
        at(at(11, 45));
        assertThat(preps()).isEmpty();
        assertThat(prepsOf("Kickoff")).containsExactly(ReminderStatus.CANCELLED);
        at(at(13, 45));

        assertThat(preps()).singleElement().asString().startsWith("Prep for 'Q3 review' at 2:00 PM:");
    }

    @Test
    void aPrepNoteIsNeverLateAndNotSentWhenPrepIsOffByThen() {
        say("prep on");
        ics.event("q3@google.com", "Q3 review", at(10, 0), at(11, 0), "Ann Lo <ann.lo@vela.io>");
        ics.event("kick@google.com", "Kickoff", at(12, 0), at(13, 0), "Bo Park <bo@park.io>");
        read();

        at(at(10, 0));
        assertThat(prepsOf("Q3 review")).containsExactly(ReminderStatus.SKIPPED);
        book.setPrepNotes(WS, RITA, false);
        at(at(11, 45));

        assertThat(preps()).isEmpty();
        assertThat(prepsOf("Kickoff")).containsExactly(ReminderStatus.SKIPPED);
    }

    @Test
    void severalCustomersShareOnePrepNote() {
        say("prep on");
        ics.event("kick@google.com", "Kickoff", at(13, 0), at(14, 0), "Bo Park <bo@park.io>",
                "Ann Lo <ann.lo@vela.io>");
        read();

        at(at(12, 45));

        assertThat(preps()).singleElement().asString().startsWith("Prep for 'Kickoff' at 1:00 PM:\n• Ann Lo (Vela):")
                .contains("\n• Bo Park (Park):");
        assertThat(prepsOf("Kickoff")).containsExactly(ReminderStatus.SENT, ReminderStatus.SENT);
    }

    @Test
    void turningPrepOnPlansNotesForMeetingsAlreadyLoggedAndOffCancelsThem() {
        ics.event("q3@google.com", "Q3 review", at(10, 0), at(11, 0), "Ann Lo <ann.lo@vela.io>");
        read();
        assertThat(upcomingKinds()).containsExactly(ReminderKind.ASK_AFTER_MEETING);

        assertThat(say("prep on")).startsWith("Prep notes on: 15 minutes before each customer meeting");
        assertThat(upcomingKinds()).containsExactly(ReminderKind.MEETING_PREP, ReminderKind.ASK_AFTER_MEETING);
        assertThat(say("reminders")).contains("a prep note for your meeting with Ann Lo");
        say("prep off");
        assertThat(upcomingKinds()).containsExactly(ReminderKind.ASK_AFTER_MEETING);
        say("prep on");
        at(at(9, 45));

        assertThat(preps()).hasSize(1);
    }

    @Test
    void aPrepNoteIsNotHeldToWorkingHours() {
        clock.set(at(7, 0));
        book.connect(WS, RITA, CalendarImportTest.LINK, clock.instant());
        say("prep on");
        ics.event("early@google.com", "Breakfast", at(8, 5), at(9, 0), "Ann Lo <ann.lo@vela.io>");
        read();

        at(at(7, 50));

        assertThat(preps()).singleElement().asString().startsWith("Prep for 'Breakfast' at 8:05 AM:");
    }

    @Test
    void aTypedMeetingAheadGetsItsPrepNoteWhenPrepIsOn() {
        clock.set(at(8, 0));
        say("call with Bo Park at Orbit 11:00-11:30 about the renewal");
        assertThat(upcomingKinds()).doesNotContain(ReminderKind.MEETING_PREP);

        say("prep on");
        say("call with Cy Reyes at Vela 10:00-10:30");
        assertThat(upcomingKinds()).filteredOn(k -> k == ReminderKind.MEETING_PREP).hasSize(2);
        at(at(9, 45));
        assertThat(preps()).singleElement().asString().startsWith("Prep for your meeting at 10:00 AM:")
                .contains("Cy Reyes");

        say("prep off");
        at(at(10, 45));
        assertThat(preps()).hasSize(1);
    }

    private void read() {
        CalendarReads.over(store, book, ics, platform, clock).readDue("test", Duration.ofMinutes(5),
                CalendarImportTest.EVERY);
    }

    private String say(String text) {
        return engine.handle(new IncomingMessage(WS, RITA, "Rita Rep", text)).text();
    }

    private List<String> preps() {
        return platform.sentTo(RITA.value()).stream().map(RecordingPlatform.Sent::text)
                .filter(t -> t.startsWith("Prep for")).toList();
    }

    private List<ReminderKind> upcomingKinds() {
        return store.reminders().upcoming(WS, RITA, 10).stream().map(Reminder::kind).toList();
    }

    private List<ReminderStatus> prepsOf(String topic) {
        return store.meetings().ofRep(WS, RITA).stream().filter(m -> m.topic().equals(Optional.of(topic)))
                .map(Meeting::id).map(id -> store.reminders().find(WS, ReminderId.of(WS + "/prep:" + id)))
                .flatMap(Optional::stream).map(Reminder::status).toList();
    }

    /** Sets the clock and returns once the dispatcher has run a whole pass at that time. */
    private void at(Instant when) {
        clock.set(when);
        long seen = dispatcher.completedPasses();
        await().atMost(Duration.ofSeconds(10)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .until(() -> dispatcher.completedPasses() >= seen + 2);
    }

    private static Instant at(int hour, int minute) {
        return CalendarImportTest.T0.atZone(ZoneOffset.UTC).withHour(hour).withMinute(minute).toInstant();
    }
}
