package com.referralcoach.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IcsReaderTest {
    private static final IcsReader READER = new IcsReader();

    private static List<CalendarOccurrence> of(IcsFeed feed, String uid) {
        return feed.occurrences().stream().filter(o -> o.uid().equals(uid)).toList();
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    @Test
    void aGoogleSeriesKeepsItsLocalTimeAcrossTheChangeToSummerTimeWithItsExceptionsApplied() {
        IcsFeed feed = Fixtures.feed("google.ics");

        assertThat(of(feed, "vela-weekly@google.com"))
                .extracting(CalendarOccurrence::start, CalendarOccurrence::recurrenceId, CalendarOccurrence::title,
                        CalendarOccurrence::status)
                .containsExactly(
                        tuple(at("2026-03-02T09:00:00Z"), Optional.of(at("2026-03-02T09:00:00Z")),
                                "Vela weekly sync", EventStatus.CONFIRMED),
                        tuple(at("2026-03-10T13:00:00Z"), Optional.of(at("2026-03-09T09:00:00Z")),
                                "Vela weekly sync (moved)", EventStatus.CONFIRMED),
                        tuple(at("2026-03-23T09:00:00Z"), Optional.of(at("2026-03-23T09:00:00Z")),
                                "Vela weekly sync", EventStatus.CANCELLED),
                        tuple(at("2026-03-30T08:00:00Z"), Optional.of(at("2026-03-30T08:00:00Z")),
                                "Vela weekly sync", EventStatus.CONFIRMED));
        assertThat(of(feed, "vela-weekly@google.com").get(3).end()).isEqualTo(at("2026-03-30T09:00:00Z"));
    }

    @Test
    void aGoogleFeedGivesItsOwnerAttendeesAndSingleEventsInTheWindowOnly() {
        IcsFeed feed = Fixtures.feed("google.ics");

        assertThat(feed.owner()).contains("rep@acme.com");
        assertThat(feed.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(feed.skippedEvents()).isZero();
        assertThat(feed.occurrences()).extracting(CalendarOccurrence::uid).doesNotContain("may@google.com");
        CalendarOccurrence intro = of(feed, "acme-corp-intro@google.com").get(0);
        assertThat(intro.title()).isEqualTo("Intro, Acme Corp");
        assertThat(intro.recurrenceId()).isEmpty();
        assertThat(intro.start()).isEqualTo(at("2026-03-04T15:00:00Z"));
        assertThat(intro.organizer()).contains("rep@acme.com");
        assertThat(intro.attendees()).extracting(Attendee::email, Attendee::name, Attendee::answer).containsExactly(
                tuple("jo@acme-corp.co.uk", Optional.of("Jo Park"), Participation.ACCEPTED),
                tuple("kim.lee@acme-corp.co.uk", Optional.of("Kim Lee"), Participation.NEEDS_ACTION),
                tuple("rep@acme.com", Optional.empty(), Participation.ACCEPTED));
        CalendarOccurrence weekly = of(feed, "vela-weekly@google.com").get(0);
        assertThat(weekly.attendees()).extracting(Attendee::email, Attendee::kind).contains(
                tuple("c_1888abcd@resource.calendar.google.com", AttendeeKind.RESOURCE));
    }

    @Test
    void freeAllDayCancelledAndDeclinedEventsAreReadAsSuch() {
        IcsFeed feed = Fixtures.feed("google.ics");

        CalendarOccurrence offsite = of(feed, "offsite@google.com").get(0);
        assertThat(offsite.allDay()).isTrue();
        assertThat(offsite.start()).isEqualTo(at("2026-03-11T23:00:00Z"));
        assertThat(offsite.end()).isEqualTo(at("2026-03-12T23:00:00Z"));
        assertThat(of(feed, "free@google.com").get(0).transparent()).isTrue();
        assertThat(of(feed, "cancelled@google.com").get(0).status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(of(feed, "declined@google.com").get(0).declinedBy("REP@acme.com")).isTrue();
    }

    @Test
    void outlookWindowsZoneNamesAndItsOwnDefinitionsGiveTheRightInstants() {
        IcsFeed feed = Fixtures.feed("outlook.ics");

        assertThat(feed.owner()).isEmpty();
        assertThat(of(feed, "040000008200E00074C5B7101A82E00800000000A1B2C3D4").get(0).start())
                .isEqualTo(at("2026-03-31T08:00:00Z"));
        assertThat(of(feed, "040000008200E00074C5B7101A82E00800000000B1B2C3D4"))
                .extracting(CalendarOccurrence::start).containsExactly(
                        at("2026-03-02T17:00:00Z"), at("2026-03-09T16:00:00Z"), at("2026-03-16T16:00:00Z"));
        assertThat(of(feed, "040000008200E00074C5B7101A82E00800000000C1B2C3D4").get(0).start())
                .as("a 'Customized Time Zone' defined only in the feed").isEqualTo(at("2026-03-31T12:00:00Z"));
        assertThat(feed.occurrences()).allSatisfy(o -> assertThat(o.attendees()).isEmpty());
    }

    @Test
    void anUnknownZoneIsReadInTheFallbackZoneAndNamedRatherThanFailingTheFeed() {
        IcsFeed feed = Fixtures.feed("outlook.ics");

        assertThat(feed.unknownZones()).containsExactly("Mars Standard Time");
        assertThat(feed.zone()).isEqualTo(Fixtures.NEW_YORK);
        assertThat(of(feed, "040000008200E00074C5B7101A82E00800000000D1B2C3D4").get(0).start())
                .isEqualTo(at("2026-03-10T16:00:00Z"));
        CalendarOccurrence holiday = of(feed, "040000008200E00074C5B7101A82E00800000000E1B2C3D4").get(0);
        assertThat(holiday.allDay()).isTrue();
        assertThat(holiday.transparent()).as("Outlook's BUSYSTATUS:FREE").isTrue();
        assertThat(holiday.start()).isEqualTo(at("2026-03-20T04:00:00Z"));
    }

    @Test
    void anEndlessICloudSeriesGivesThirtyDaysOnly() {
        IcsFeed feed = Fixtures.feed("icloud.ics");

        List<CalendarOccurrence> daily = of(feed, "7B3A9F1C-0E1D-4C5A-9B1E-DAILY0000001");
        assertThat(daily).hasSize(30);
        assertThat(daily.get(0).start()).isEqualTo(at("2026-03-02T13:00:00Z"));
        assertThat(daily.get(6).start()).as("8 March, New York on summer time").isEqualTo(at("2026-03-08T12:00:00Z"));
        assertThat(daily.get(29).start()).isEqualTo(at("2026-03-31T12:00:00Z"));
    }

    @Test
    void anICloudSeriesWithAMovedOccurrenceAndRoomsWithoutAddresses() {
        IcsFeed feed = Fixtures.feed("icloud.ics");

        List<CalendarOccurrence> onboarding = of(feed, "4C1D2E3F-AAAA-4BBB-8CCC-VELA00000002");
        assertThat(onboarding).extracting(CalendarOccurrence::start).containsExactly(
                at("2026-03-03T18:00:00Z"), at("2026-03-10T20:00:00Z"), at("2026-03-17T17:00:00Z"));
        assertThat(onboarding.get(1).recurrenceId()).contains(at("2026-03-10T17:00:00Z"));
        assertThat(onboarding.get(0).attendees()).extracting(Attendee::email)
                .containsExactly("ann.lo@vela.io", "rep@acme.com");
        assertThat(of(feed, "9F8E7D6C-BBBB-4CCC-8DDD-FLOAT0000003").get(0).start())
                .as("floating, read in the feed's X-WR-TIMEZONE").isEqualTo(at("2026-03-20T13:00:00Z"));
    }

    @Test
    void brokenEventsAreSkippedAndCountedAndTheRestIsUsed() {
        IcsFeed feed = Fixtures.feed("broken.ics");

        assertThat(feed.occurrences()).extracting(CalendarOccurrence::title)
                .containsExactly("First good one", "Second good one");
        assertThat(feed.skippedEvents()).as("an unreadable start, no start, every minute, a line without a colon")
                .isEqualTo(4);
        CalendarOccurrence second = feed.occurrences().stream().filter(o -> o.title().equals("Second good one"))
                .findFirst().orElseThrow();
        assertThat(second.end()).isEqualTo(at("2026-03-06T10:45:00Z"));
    }

    @Test
    void parsingEventByEventGivesWhatTheWholeFeedGives() {
        for (String name : List.of("google.ics", "outlook.ics", "icloud.ics")) {
            String text = new String(Fixtures.bytes(name), StandardCharsets.UTF_8);
            IcsReader.Parsed whole = READER.parse(text, new FeedZones(Fixtures.WINDOW, Fixtures.NEW_YORK), false);
            IcsReader.Parsed oneByOne = READER.parse(text, new FeedZones(Fixtures.WINDOW, Fixtures.NEW_YORK), true);
            assertThat(oneByOne.events()).as(name).isEqualTo(whole.events());
            assertThat(oneByOne.property("X-WR-CALNAME")).isEqualTo(whole.property("X-WR-CALNAME"));
        }
    }

    @Test
    void aWebPageJsonOrABinaryFileIsRefusedWithWhatItIs() {
        assertThat(refused("<!DOCTYPE html><html><body>Sign in</body></html>")).contains("a web page");
        assertThat(refused("  {\"error\": \"not found\"}")).contains("JSON");
        assertThat(READER.read(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}, Fixtures.WINDOW, Fixtures.NEW_YORK))
                .isEqualTo(new IcsReading.NotACalendar("a binary file"));
        assertThat(refused("Name,Email\nAnn,ann@vela.io\n")).contains("text that isn't a calendar");
        assertThat(refused("")).contains("nothing");
    }

    @Test
    void aByteOrderMarkAndLowerCaseAreStillACalendar() {
        byte[] bom = "\uFEFFbegin:vcalendar\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
        assertThat(READER.read(bom, Fixtures.WINDOW, Fixtures.NEW_YORK)).isInstanceOf(IcsReading.Parsed.class);
    }

    private static String refused(String body) {
        IcsReading reading = READER.read(body.getBytes(StandardCharsets.UTF_8), Fixtures.WINDOW, Fixtures.NEW_YORK);
        assertThat(reading).isInstanceOf(IcsReading.NotACalendar.class);
        return ((IcsReading.NotACalendar) reading).reason();
    }
}
