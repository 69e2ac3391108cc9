package com.referralcoach.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Series in the shapes feeds use less often, each in a feed of its own. */
class IcsSeriesTest {
    private static IcsFeed feed(String... eventLines) {
        String text = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//tests//EN\n"
                + "BEGIN:VEVENT\nUID:u1\nDTSTAMP:20260301T000000Z\n"
                + String.join("\n", eventLines).replace("\nNEXT\n", "\nEND:VEVENT\nBEGIN:VEVENT\nUID:u1\n"
                        + "DTSTAMP:20260301T000000Z\n")
                + "\nEND:VEVENT\nEND:VCALENDAR\n";
        IcsReading reading = new IcsReader().read(text.getBytes(StandardCharsets.UTF_8), Fixtures.WINDOW,
                Fixtures.NEW_YORK);
        return ((IcsReading.Parsed) reading).feed();
    }

    private static List<Instant> starts(IcsFeed feed) {
        return feed.occurrences().stream().map(CalendarOccurrence::start).toList();
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    @Test
    void aUtcSeriesWithAUtcException() {
        assertThat(starts(feed("DTSTART:20260302T150000Z", "DURATION:PT30M", "RRULE:FREQ=DAILY;COUNT=5",
                "EXDATE:20260303T150000Z"))).containsExactly(at("2026-03-02T15:00:00Z"), at("2026-03-04T15:00:00Z"),
                        at("2026-03-05T15:00:00Z"), at("2026-03-06T15:00:00Z"));
    }

    @Test
    void aZonedSeriesWithAnExceptionWrittenInUtc() {
        assertThat(starts(feed("DTSTART;TZID=Europe/Berlin:20260302T100000",
                "DTEND;TZID=Europe/Berlin:20260302T103000", "RRULE:FREQ=DAILY;COUNT=3", "EXDATE:20260303T090000Z")))
                .containsExactly(at("2026-03-02T09:00:00Z"), at("2026-03-04T09:00:00Z"));
    }

    @Test
    void aYearlyAllDayEventComesOnceAtMidnightInTheFeedsZone() {
        IcsFeed feed = feed("DTSTART;VALUE=DATE:20200310", "RRULE:FREQ=YEARLY", "SUMMARY:Ann's birthday");

        assertThat(feed.occurrences()).singleElement().satisfies(birthday -> {
            assertThat(birthday.allDay()).isTrue();
            assertThat(birthday.start()).isEqualTo(at("2026-03-10T04:00:00Z"));
            assertThat(birthday.end()).isEqualTo(at("2026-03-11T04:00:00Z"));
        });
    }

    @Test
    void anOccurrenceMovedOutOfTheWindowLeavesAndOneMovedIntoItComes() {
        assertThat(starts(feed("DTSTART;TZID=Europe/Berlin:20260303T100000", "RRULE:FREQ=WEEKLY;COUNT=2", "NEXT",
                "RECURRENCE-ID;TZID=Europe/Berlin:20260310T100000", "DTSTART;TZID=Europe/Berlin:20260420T100000")))
                .containsExactly(at("2026-03-03T09:00:00Z"));

        IcsFeed movedIn = feed("DTSTART:20260223T100000Z", "RRULE:FREQ=WEEKLY;COUNT=1", "NEXT",
                "RECURRENCE-ID:20260223T100000Z", "DTSTART:20260305T100000Z", "DURATION:PT1H");
        assertThat(movedIn.occurrences()).singleElement().satisfies(o -> {
            assertThat(o.start()).isEqualTo(at("2026-03-05T10:00:00Z"));
            assertThat(o.recurrenceId()).contains(at("2026-02-23T10:00:00Z"));
        });
    }

    @Test
    void extraDatesAndAnEventRunningIntoTheWindow() {
        assertThat(starts(feed("DTSTART:20260302T100000Z", "RDATE:20260309T100000Z")))
                .containsExactly(at("2026-03-02T10:00:00Z"), at("2026-03-09T10:00:00Z"));
        assertThat(feed("DTSTART:20260301T230000Z", "DTEND:20260302T010000Z").occurrences())
                .extracting(CalendarOccurrence::recurrenceId).containsExactly(Optional.empty());
        assertThat(feed("DTSTART:20260301T220000Z", "DTEND:20260302T000000Z").occurrences())
                .as("ends as the window starts").isEmpty();
    }

    @Test
    void aQuotedWindowsZoneWithoutItsDefinitionIsStillKnown() {
        IcsFeed feed = feed("DTSTART;TZID=\"W. Europe Standard Time\":20260302T100000", "DURATION:PT1H");

        assertThat(starts(feed)).containsExactly(at("2026-03-02T09:00:00Z"));
        assertThat(feed.unknownZones()).isEmpty();
    }
}
