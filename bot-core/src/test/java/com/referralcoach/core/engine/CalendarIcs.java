package com.referralcoach.core.engine;

import com.referralcoach.core.calendar.CalendarFeedReader;
import com.referralcoach.core.calendar.FeedFetch;
import com.referralcoach.core.calendar.FeedProblem;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** A calendar feed a test writes event by event (times in UTC), served by a fake of the feed port. */
final class CalendarIcs implements CalendarFeedReader {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private final List<String> events = new ArrayList<>();
    private volatile Optional<FeedProblem> failing = Optional.empty();
    final AtomicInteger fetches = new AtomicInteger();

    /** An event of the feed's owner, rep@acme.com, with these attendees ("Ann Lo <ann.lo@vela.io>" or an address). */
    CalendarIcs event(String uid, String title, Instant start, Instant end, String... attendees) {
        return event(uid, Optional.empty(), title, start, end, "CONFIRMED", attendees);
    }

    CalendarIcs event(String uid, Optional<Instant> recurrenceId, String title, Instant start, Instant end,
                      String status, String... attendees) {
        StringBuilder e = new StringBuilder("BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20260101T000000Z\r\n");
        recurrenceId.ifPresent(r -> e.append("RECURRENCE-ID:").append(UTC.format(r)).append("\r\n"));
        e.append("DTSTART:").append(UTC.format(start)).append("\r\nDTEND:").append(UTC.format(end)).append("\r\n")
                .append("SUMMARY:").append(title).append("\r\nSTATUS:").append(status).append("\r\n");
        if (attendees.length > 0) {
            e.append("ORGANIZER:mailto:rep@acme.com\r\n");
            e.append("ATTENDEE;PARTSTAT=ACCEPTED:mailto:rep@acme.com\r\n");
        }
        for (String attendee : attendees) {
            int open = attendee.indexOf('<');
            String cn = open > 0 ? ";CN=" + attendee.substring(0, open).strip() : "";
            String mail = open > 0 ? attendee.substring(open + 1, attendee.indexOf('>')) : attendee;
            e.append("ATTENDEE;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED").append(cn).append(":mailto:").append(mail)
                    .append("\r\n");
        }
        events.add(e.append("END:VEVENT\r\n").toString());
        return this;
    }

    /** A weekly series of {@code count} occurrences. */
    CalendarIcs weekly(String uid, String title, Instant start, Instant end, int count, String... attendees) {
        event(uid, title, start, end, attendees);
        int last = events.size() - 1;
        events.set(last, events.get(last).replace("STATUS:", "RRULE:FREQ=WEEKLY;COUNT=" + count + "\r\nSTATUS:"));
        return this;
    }

    void clear() {
        events.clear();
    }

    void failWith(FeedProblem problem) {
        failing = Optional.of(problem);
    }

    void works() {
        failing = Optional.empty();
    }

    String text() {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nX-WR-CALNAME:rep@acme.com\r\n"
                + String.join("", events) + "END:VCALENDAR\r\n";
    }

    @Override
    public FeedFetch fetch(com.referralcoach.core.calendar.FeedRequest request) {
        fetches.incrementAndGet();
        if (failing.isPresent()) {
            return new FeedFetch.Failed(failing.get());
        }
        return new FeedFetch.Fetched(text().getBytes(StandardCharsets.UTF_8), Optional.empty(), Optional.empty());
    }
}
