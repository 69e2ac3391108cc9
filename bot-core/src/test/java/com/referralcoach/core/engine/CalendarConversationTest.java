package com.referralcoach.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.calendar.FeedProblem;
import com.referralcoach.core.domain.Meeting;
import com.referralcoach.core.domain.ReminderId;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.language.ChatParser;
import com.referralcoach.core.port.CalendarBook;
import com.referralcoach.core.port.CalendarEvent;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.port.ContactFiles;
import com.referralcoach.core.port.DigestRequests;
import com.referralcoach.core.port.ExportFiles;
import com.referralcoach.core.port.ImportProgress;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.core.testing.RecordingPlatform;
import com.referralcoach.core.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The calendar's chat commands through the engine, on a test clock (Tuesday 3 March 2026, 08:00 UTC). */
@ExtendWith(EmbeddedMongo.class)
class CalendarConversationTest {
    private static final Instant T0 = CalendarImportTest.T0;
    private static final String SECRET = "private-s3cret";
    private static final String LINK = "https://calendar.google.com/calendar/ical/rep%40acme.com/" + SECRET
            + "/basic.ics";

    private TestClock clock;
    private CoachStore store;
    private CalendarBook book;
    private CalendarIcs ics;
    private BotEngine engine;
    private Chat rita;
    private RecordingPlatform platform;

    @BeforeEach
    void open(MongoDatabase database) {
        clock = new TestClock(T0);
        store = MongoCoachStore.open(database, clock);
        book = MongoCoachStore.openCalendarBook(database);
        ics = new CalendarIcs();
        platform = new RecordingPlatform(clock);
        engine = new BotEngine(store, new ChatParser(), clock, ZoneOffset.UTC, DigestRequests.NONE, ContactFiles.NONE,
                ImportProgress.NONE, ExportFiles.NONE, book, ics);
        rita = Chat.of(engine, "T1", "U-RITA");
        rita.say("tz UTC");
    }

    private static Instant at(int hour, int minute) {
        return T0.atZone(ZoneOffset.UTC).withHour(hour).withMinute(minute).toInstant();
    }

    private void readDue() {
        CalendarReads.over(store, book, ics, platform, clock).readDue("test", Duration.ofMinutes(5),
                Duration.ofMinutes(10));
    }

    @Test
    void connectingReadsAtOnceAndSaysWhatItFoundWithoutTheLink() {
        ics.event("q3@google.com", "Q3 review", at(10, 0), at(11, 0), "Ann Lo <ann.lo@vela.io>");
        ics.event("kick@google.com", "Kickoff", at(14, 0), at(15, 0), "Bo Park <bo@park.io>");
        ics.event("standup@google.com", "Standup", at(9, 0), at(9, 15), "bob@acme.com");

        String reply = rita.read("calendar <" + LINK + "|calendar.google.com/calendar/ical>");

        assertThat(reply).startsWith("Connected: 2 customer meetings in the next 2 weeks, the next one today 10:00 AM"
                + " with Ann Lo (Vela).").doesNotContain(SECRET).contains("direct message");
        assertThat(store.meetings().ofRep(rita.workspace(), rita.rep())).hasSize(2);
        assertThat(book.feed(rita.workspace(), rita.rep()).orElseThrow().nextRead()).isEqualTo(T0.plusSeconds(600));
    }

    @Test
    void aLinkThatCantBeUsedGetsItsReason() {
        ics.failWith(FeedProblem.NOT_FOUND);

        assertThat(rita.read("calendar webcal://p42-caldav.icloud.com/published/2/" + SECRET))
                .startsWith("I couldn't use that calendar link: The calendar wasn't found there (404)")
                .doesNotContain(SECRET);
        assertThat(rita.read("calendar ftp://example.com/x.ics")).contains("should start with https://");
        assertThat(rita.read("calendar")).contains("Last read: not yet").contains("Last problem: The calendar wasn't"
                + " found there (404)").doesNotContain(SECRET);
    }

    @Test
    void statusShowsTheReadsAndWhatWasFoundAndOffForgetsTheLink() {
        ics.event("q3@google.com", "Q3 review", at(10, 0), at(11, 0), "Ann Lo <ann.lo@vela.io>");
        rita.say("calendar " + LINK);
        clock.advance(Duration.ofMinutes(3));

        assertThat(rita.read("calendar")).isEqualTo("Calendar connected (calendar.google.com).\n"
                + "Last read: today 8:00 AM. Next read: today 8:10 AM.\n"
                + "Found: 1 customer meeting in the next 2 weeks, the next one today 10:00 AM with Ann Lo (Vela).");
        assertThat(rita.read("calendar off")).startsWith("Calendar disconnected");
        assertThat(book.feed(rita.workspace(), rita.rep())).isEmpty();
        assertThat(rita.read("calendar")).startsWith("No calendar connected.");
        assertThat(store.meetings().ofRep(rita.workspace(), rita.rep())).hasSize(1);
    }

    @Test
    void onlyManagersAndAdminsSetTheTeamsDomains() {
        assertThat(rita.read("our domains acme.com, acme.io")).startsWith("Sorry, only managers and workspace admins");
        assertThat(book.teamDomains(rita.workspace())).isEmpty();

        assertThat(engine.handle(new IncomingMessage(rita.workspace(), rita.rep(), "Rita", "our domains acme.com,"
                + " acme.io").fromAdmin()).text()).startsWith("Our domains: acme.com, acme.io.");
        ics.event("sync@google.com", "Sync", at(10, 0), at(11, 0), "kim@acme.io");
        rita.say("calendar " + LINK);
        assertThat(book.events(rita.workspace(), rita.rep())).extracting(CalendarEvent::kind)
                .containsExactly(CalendarEvent.Kind.INTERNAL);
    }

    @Test
    void prepNotesAreTurnedOnAndOff() {
        assertThat(rita.read("prep on")).startsWith("Prep notes on");
        assertThat(book.prepNotes(rita.workspace(), rita.rep())).isTrue();
        assertThat(rita.read("prep off")).isEqualTo("Prep notes off.");
        assertThat(book.prepNotes(rita.workspace(), rita.rep())).isFalse();
    }

    @Test
    void theAnswerAboutAnEventWithNoOneOnItLogsTheWholeSeries() {
        ics.weekly("review@outlook", "Q3 review", at(8, 50), at(9, 30), 3);
        assertThat(rita.read("calendar " + LINK)).startsWith("Connected: no customer meetings").endsWith("\n\nIs"
                + " 'Q3 review' (today 8:50 AM) with a customer? Reply 'Q3 review is with Ann Lo at Vela', or 'skip'.");
        readDue();
        assertThat(platform.sent()).isEmpty();

        assertThat(rita.read("Q3 review is with Ann Lo at Vela")).startsWith("Got it: 'Q3 review' is with Ann Lo"
                + " (Vela).");

        List<Meeting> meetings = store.meetings().ofRep(rita.workspace(), rita.rep());
        assertThat(meetings).hasSize(3);
        Meeting first = meetings.stream().filter(m -> m.endsAt().equals(at(9, 30))).findFirst().orElseThrow();
        assertThat(store.contacts().find(rita.workspace(), first.contact()).orElseThrow().label())
                .isEqualTo("Ann Lo (Vela)");
        assertThat(store.reminders().find(rita.workspace(), ReminderId.of(rita.workspace() + "/ask:" + first.id())))
                .hasValueSatisfying(r -> assertThat(r.dueAt()).isEqualTo(at(9, 30)));
        clock.advance(Duration.ofMinutes(10));
        readDue();
        assertThat(store.meetings().ofRep(rita.workspace(), rita.rep())).hasSize(3);
    }

    @Test
    void skipLetsAnEventBeAndItIsNotAskedAgain() {
        ics.event("lunch@outlook", "Lunch", at(8, 40), at(9, 30));
        assertThat(rita.read("calendar " + LINK)).contains("Is 'Lunch' (today 8:40 AM) with a customer?");
        assertThat(rita.read("skip")).isEqualTo("OK: 'Lunch' isn't a customer meeting; I won't ask about it again.");
        clock.advance(Duration.ofMinutes(10));
        readDue();

        assertThat(platform.sent()).isEmpty();
        assertThat(book.events(rita.workspace(), rita.rep())).extracting(CalendarEvent::kind)
                .containsExactly(CalendarEvent.Kind.IGNORED);
        assertThat(rita.read("skip")).startsWith("There's no calendar event I asked you about");
    }

    @Test
    void forgettingAPersonErasesTheCalendarEventsAndAnswersNamingThem() {
        ics.event("q3@google.com", "Q3 review", at(10, 0), at(11, 0), "Ann Lo <Ann.Lo@vela.io>");
        ics.event("kick@google.com", "Kickoff", at(14, 0), at(15, 0), "Bo Park <bo@park.io>");
        ics.event("lunch@outlook", "Lunch", at(8, 40), at(9, 30));
        rita.say("calendar " + LINK);
        rita.say("'Lunch' is with Ann Lo at Vela");
        assertThat(book.answer(rita.workspace(), rita.rep(), "lunch@outlook")).isPresent();

        assertThat(rita.read("forget Ann Lo")).contains("Yes / No");
        assertThat(rita.read("yes")).startsWith("Forgotten: Ann Lo (Vela).");

        assertThat(book.events(rita.workspace(), rita.rep())).extracting(CalendarEvent::uid)
                .containsExactly("kick@google.com");
        assertThat(book.answer(rita.workspace(), rita.rep(), "lunch@outlook")).isEmpty();
    }

    @Test
    void withoutACalendarDeskTheCommandsSaySo(MongoDatabase database) {
        BotEngine plain = new BotEngine(MongoCoachStore.open(database, clock), new ChatParser(), clock, ZoneOffset.UTC);
        assertThat(Chat.of(plain, "T2", "U-X").read("calendar " + LINK)).contains("can't be connected");
        assertThat(new WorkspaceId("T2")).isNotNull();
        assertThat(new RepId("U-X")).isNotNull();
    }
}
