package com.referralcoach.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One-off events long over are dropped before ical4j builds a feed; nothing the window needs ever is. */
class PastEventsTest {
    private static final FeedWindow WINDOW = new FeedWindow(Instant.parse("2026-03-02T00:00:00Z"),
            Instant.parse("2026-04-01T00:00:00Z"));

    private static String event(String uid, String... lines) {
        return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20260301T000000Z\r\n" + String.join("\r\n", lines)
                + "\r\nEND:VEVENT\r\n";
    }

    private static String feed(String... events) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//tests//EN\r\n" + String.join("", events)
                + "END:VCALENDAR\r\n";
    }

    @Test
    void onlyOneOffsThatEndedAWeekBeforeTheWindowAreDropped() {
        String old = event("old", "DTSTART:20190105T100000Z", "DTEND:20190105T110000Z", "SUMMARY:Old lunch");
        String lastWeekend = event("edge", "DTSTART;TZID=Europe/Berlin:20260224T100000",
                "DTEND;TZID=Europe/Berlin:20260224T110000", "SUMMARY:Within the margin");
        String series = event("series", "DTSTART:20190107T150000Z", "DURATION:PT30M", "RRULE:FREQ=WEEKLY",
                "SUMMARY:Weekly since 2019");
        String override = event("series", "RECURRENCE-ID:20190114T150000Z", "DTSTART:20190114T160000Z",
                "DURATION:PT30M");
        String noDates = event("odd", "SUMMARY:No dates at all");
        String coming = event("soon", "DTSTART:20260310T100000Z", "DTEND:20260310T110000Z", "SUMMARY:Q3 review");

        String kept = PastEvents.withoutPast(feed(old, lastWeekend, series, override, noDates, coming), WINDOW);

        assertThat(kept).doesNotContain("UID:old").contains("UID:edge").contains("Weekly since 2019")
                .contains("RECURRENCE-ID:20190114T150000Z").contains("UID:odd").contains("UID:soon");
        String unchanged = feed(series, coming);
        assertThat(PastEvents.withoutPast(unchanged, WINDOW)).isSameAs(unchanged);
    }

    @Test
    void aFeedReadWithThePastDroppedFindsTheSameOccurrences() {
        String text = feed(event("old", "DTSTART:20190105T100000Z", "DTEND:20190105T110000Z"),
                event("series", "DTSTART:20190107T150000Z", "DURATION:PT30M", "RRULE:FREQ=WEEKLY"),
                event("soon", "DTSTART:20260310T100000Z", "DTEND:20260310T110000Z"));

        IcsFeed read = ((IcsReading.Parsed) new IcsReader().read(text.getBytes(StandardCharsets.UTF_8), WINDOW,
                Fixtures.NEW_YORK)).feed();

        List<String> uids = read.occurrences().stream().map(CalendarOccurrence::uid).distinct().toList();
        assertThat(uids).containsExactlyInAnyOrder("series", "soon");
        assertThat(read.occurrences()).hasSize(6);
        assertThat(read.skippedEvents()).isZero();
    }
}
