package com.referralcoach.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.calendar.FeedLink;
import com.referralcoach.core.calendar.FeedProblem;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.Meeting;
import com.referralcoach.core.domain.MeetingId;
import com.referralcoach.core.domain.PersonName;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.ReminderId;
import com.referralcoach.core.domain.ReminderKind;
import com.referralcoach.core.domain.ReminderStatus;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.CalendarBook;
import com.referralcoach.core.port.CalendarEvent;
import com.referralcoach.core.port.CalendarFeed;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.core.testing.RecordingPlatform;
import com.referralcoach.core.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A read of a feed applied to the store: customer occurrences logged as meetings with their asks, idempotently;
 * moves, cancellations and removals followed; typed meetings not logged twice; no-attendee events asked about once;
 * a failing feed backed off and its rep told once. Times are fixed instants in UTC (Tuesday 3 March 2026).
 */
@ExtendWith(EmbeddedMongo.class)
class CalendarImportTest {
    static final Instant T0 = Instant.parse("2026-03-03T08:00:00Z");
    static final WorkspaceId WS = new WorkspaceId("T1");
    static final RepId RITA = new RepId("U-RITA");
    static final FeedLink LINK = FeedLink.parse("https://calendar.example.com/private-s3cret/basic.ics").orElseThrow();
    static final Duration EVERY = Duration.ofMinutes(10);

    private TestClock clock;
    private CoachStore store;
    private CalendarBook book;
    private CalendarIcs ics;
    private RecordingPlatform platform;
    private MongoDatabase database;

    @BeforeEach
    void open(MongoDatabase database) {
        this.database = database;
        clock = new TestClock(T0);
        store = MongoCoachStore.open(database, clock);
        book = MongoCoachStore.openCalendarBook(database);
        ics = new CalendarIcs();
        platform = new RecordingPlatform(clock);
        store.reps().save(new Rep(WS, RITA, "Rita Rep", ZoneOffset.UTC, Optional.empty(), T0));
        book.connect(WS, RITA, LINK, T0);
    }

    private int read() {
        return CalendarReads.over(MongoCoachStore.open(database, clock), MongoCoachStore.openCalendarBook(database),
                ics, platform, clock).readDue("test", Duration.ofMinutes(5), EVERY);
    }

    private static Instant at(int hour, int minute) {
        return T0.atZone(ZoneOffset.UTC).withHour(hour).withMinute(minute).toInstant();
    }

    private Reminder askOf(MeetingId meeting) {
        return store.reminders().find(WS, ReminderId.of(WS + "/ask:" + meeting)).orElseThrow();
    }

    private List<Meeting> meetings() {
        return store.meetings().ofRep(WS, RITA);
    }

    @Test
    void aCustomerOccurrenceIsLoggedAsAMeetingWithItsAskAtItsEnd() {
        ics.event("q3@google.com", "Q3 review", at(10, 0), at(11, 0), "Ann Lo <ann.lo@vela.io>", "bob@acme.com");

        assertThat(read()).isEqualTo(1);

        Meeting meeting = meetings().get(0);
        assertThat(meetings()).hasSize(1);
        assertThat(meeting.topic()).contains("Q3 review");
        assertThat(meeting.startsAt()).contains(at(10, 0));
        assertThat(meeting.endsAt()).isEqualTo(at(11, 0));
        Contact ann = store.contacts().find(WS, meeting.contact()).orElseThrow();
        assertThat(ann.name().display()).isEqualTo("Ann Lo");
        assertThat(ann.company()).contains("Vela");
        assertThat(ann.email()).contains("ann.lo@vela.io");
        Reminder ask = askOf(meeting.id());
        assertThat(ask.kind()).isEqualTo(ReminderKind.ASK_AFTER_MEETING);
        assertThat(ask.dueAt()).isEqualTo(at(11, 0));
        CalendarFeed feed = book.feed(WS, RITA).orElseThrow();
        assertThat(feed.meetingsFound()).isEqualTo(1);
        assertThat(feed.lastRead()).contains(T0);
        assertThat(feed.nextRead()).isEqualTo(T0.plus(EVERY));
        assertThat(feed.owner()).contains("rep@acme.com");
    }

    @Test
    void readingAgainOrAfterARestartCreatesNothingTwice() {
        ics.event("q3@google.com", "Q3 review", at(10, 0), at(11, 0), "Ann Lo <ann.lo@vela.io>");
        read();
        clock.advance(EVERY);
        read();
        clock.advance(EVERY);
        book.saveFeed(book.feed(WS, RITA).orElseThrow().read(Optional.empty(), Optional.empty(), T0, T0, 0,
                Optional.empty()));
        read();

        assertThat(ics.fetches).hasValue(3);
        assertThat(meetings()).hasSize(1);
        assertThat(store.contacts().findByNameKey(WS, "ann lo")).hasSize(1);
        assertThat(store.reminders().upcoming(WS, RITA, 10)).hasSize(1);
    }

    @Test
    void internalMeetingsAreLeftAlone() {
        ics.event("standup@google.com", "Standup", at(9, 0), at(9, 15), "bob@acme.com");
        read();

        assertThat(meetings()).isEmpty();
        assertThat(book.events(WS, RITA)).extracting(CalendarEvent::kind).containsExactly(CalendarEvent.Kind.INTERNAL);
    }

    @Test
    void severalCustomersBringOneAskEach() {
        ics.event("kickoff@google.com", "Kickoff", at(13, 0), at(14, 0), "Ann Lo <ann.lo@vela.io>",
                "Bo Park <bo@park.io>");
        read();

        assertThat(meetings()).hasSize(2).allSatisfy(m -> assertThat(askOf(m.id()).dueAt()).isEqualTo(at(14, 0)));
        assertThat(book.events(WS, RITA).get(0).meetings()).hasSize(2);
    }

    @Test
    void theContactIsFoundByAddressFirstThenByName() {
        Contact byMail = new Contact(WS, ContactId.random(), new PersonName("Annie Lo-Smith"), Optional.of("Vela"),
                Optional.of("Ann.Lo@vela.io"), Optional.empty(), T0);
        Contact byName = new Contact(WS, ContactId.random(), new PersonName("Bo Park"), Optional.empty(),
                Optional.empty(), Optional.empty(), T0);
        store.contacts().save(byMail);
        store.contacts().save(byName);
        ics.event("kickoff@google.com", "Kickoff", at(13, 0), at(14, 0), "Ann Lo <ann.lo@vela.io>",
                "Bo Park <bo@park.io>");
        read();

        assertThat(meetings()).extracting(Meeting::contact).containsExactlyInAnyOrder(byMail.id(), byName.id());
        assertThat(store.contacts().find(WS, byName.id()).orElseThrow().company()).contains("Park");
    }

    @Test
    void aMovedOccurrenceMovesItsAsk() {
        ics.event("q3@google.com", "Q3 review", at(10, 0), at(11, 0), "Ann Lo <ann.lo@vela.io>");
        read();
        ics.clear();
        ics.event("q3@google.com", "Q3 review", at(15, 0), at(15, 30), "Ann Lo <ann.lo@vela.io>");
        clock.advance(EVERY);
        read();

        Meeting meeting = meetings().get(0);
        assertThat(meetings()).hasSize(1);
        assertThat(meeting.endsAt()).isEqualTo(at(15, 30));
        assertThat(askOf(meeting.id()).dueAt()).isEqualTo(at(15, 30));
        assertThat(askOf(meeting.id()).status()).isEqualTo(ReminderStatus.PENDING);
    }

    @Test
    void aCancelledOrVanishedOccurrenceCancelsItsAskAndKeepsTheMeeting() {
        Instant monday = Instant.parse("2026-03-09T10:00:00Z");
        ics.weekly("weekly@google.com", "Vela weekly", monday, monday.plus(Duration.ofHours(1)), 3,
                "Ann Lo <ann.lo@vela.io>");
        ics.event("q3@google.com", "Q3 review", at(10, 0), at(11, 0), "Bo Park <bo@park.io>");
        read();
        assertThat(meetings()).hasSize(4);
        ics.clear();
        ics.weekly("weekly@google.com", "Vela weekly", monday, monday.plus(Duration.ofHours(1)), 3,
                "Ann Lo <ann.lo@vela.io>");
        ics.event("weekly@google.com", Optional.of(monday.plus(Duration.ofDays(7))), "Vela weekly",
                monday.plus(Duration.ofDays(7)), monday.plus(Duration.ofDays(7)).plus(Duration.ofHours(1)),
                "CANCELLED", "Ann Lo <ann.lo@vela.io>");
        clock.advance(EVERY);
        read();

        assertThat(meetings()).hasSize(4);
        assertThat(meetings()).filteredOn(m -> askOf(m.id()).status() == ReminderStatus.CANCELLED)
                .extracting(m -> m.topic().orElseThrow()).containsExactlyInAnyOrder("Q3 review", "Vela weekly");
        assertThat(meetings()).filteredOn(m -> askOf(m.id()).status() == ReminderStatus.PENDING).hasSize(2);
        assertThat(book.feed(WS, RITA).orElseThrow().meetingsFound()).as("the 9th only: the 16th is cancelled, the 23rd beyond two weeks").isEqualTo(1);
    }

    @Test
    void anOccurrenceBackAfterACancelGetsItsAskBackAtItsNewEnd() {
        ics.event("q3@google.com", "Q3 review", at(10, 0), at(11, 0), "Ann Lo <ann.lo@vela.io>");
        read();
        MeetingId meeting = meetings().get(0).id();
        ics.clear();
        ics.event("q3@google.com", Optional.empty(), "Q3 review", at(10, 0), at(11, 0), "CANCELLED",
                "Ann Lo <ann.lo@vela.io>");
        clock.advance(EVERY);
        read();
        assertThat(askOf(meeting).status()).isEqualTo(ReminderStatus.CANCELLED);

        ics.clear();
        ics.event("q3@google.com", "Q3 review", at(12, 0), at(12, 30), "Ann Lo <ann.lo@vela.io>");
        clock.advance(EVERY);
        read();

        assertThat(meetings()).hasSize(1);
        assertThat(meetings().get(0).endsAt()).isEqualTo(at(12, 30));
        assertThat(askOf(meeting).status()).isEqualTo(ReminderStatus.PENDING);
        assertThat(askOf(meeting).dueAt()).isEqualTo(at(12, 30));
    }

    @Test
    void aMeetingTypedByHandIsNotLoggedTwice() {
        Contact ann = new Contact(WS, ContactId.random(), new PersonName("Ann Lo"), Optional.of("Vela"),
                Optional.empty(), Optional.empty(), T0);
        store.contacts().save(ann);
        Meeting typed = new Meeting(WS, MeetingId.random(), RITA, ann.id(), Optional.of("pricing"), Optional.empty(),
                at(10, 45), T0);
        store.meetings().save(typed);
        ics.event("q3@google.com", "Q3 review", at(10, 0), at(11, 0), "Ann Lo <ann.lo@vela.io>");
        read();
        clock.advance(EVERY);
        read();

        assertThat(meetings()).containsExactly(typed);
        assertThat(book.events(WS, RITA).get(0).meetings()).containsExactly(typed.id());
    }

    @Test
    void anEventWithNoOneOnItIsAskedAboutOnceInTheHourBeforeIt() {
        ics.event("review@outlook", "Q3 review", at(8, 50), at(9, 30));
        ics.event("later@outlook", "Planning", at(15, 0), at(16, 0));
        read();
        clock.advance(EVERY);
        read();

        assertThat(platform.sent()).extracting(RecordingPlatform.Sent::text).containsExactly(
                "Is 'Q3 review' (today 8:50 AM) with a customer? Reply 'Q3 review is with Ann Lo at Vela', or 'skip'.");
        assertThat(meetings()).isEmpty();
    }

    @Test
    void aFailingFeedBacksOffAndItsRepHearsOncePerNewProblem() {
        ics.failWith(FeedProblem.NOT_FOUND);
        read();
        CalendarFeed first = book.feed(WS, RITA).orElseThrow();
        assertThat(first.nextRead()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
        clock.set(first.nextRead());
        read();
        CalendarFeed second = book.feed(WS, RITA).orElseThrow();
        assertThat(second.nextRead()).isEqualTo(clock.instant().plus(Duration.ofMinutes(30)));
        clock.set(second.nextRead());
        read();
        assertThat(book.feed(WS, RITA).orElseThrow().nextRead()).isEqualTo(clock.instant().plus(Duration.ofHours(2)));
        assertThat(platform.sent()).hasSize(1);
        assertThat(platform.sent().get(0).text()).contains("404").doesNotContain("s3cret");

        ics.failWith(FeedProblem.TIMED_OUT);
        clock.set(book.feed(WS, RITA).orElseThrow().nextRead());
        read();
        assertThat(book.feed(WS, RITA).orElseThrow().nextRead()).isEqualTo(clock.instant().plus(Duration.ofHours(6)));
        assertThat(platform.sent()).hasSize(2);

        ics.works();
        clock.set(book.feed(WS, RITA).orElseThrow().nextRead());
        read();
        CalendarFeed healed = book.feed(WS, RITA).orElseThrow();
        assertThat(healed.problem()).isEmpty();
        assertThat(healed.failures()).isZero();
        assertThat(healed.nextRead()).isEqualTo(clock.instant().plus(EVERY));
    }
}
