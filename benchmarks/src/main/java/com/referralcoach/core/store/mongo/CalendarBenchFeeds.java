package com.referralcoach.core.store.mongo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The feeds {@link CalendarReadBenchmark} serves: feed {@code i} of {@code events} VEVENTs as Google (every second
 * feed: owner address in X-WR-CALNAME, IANA zones with their VTIMEZONE, rooms) or Outlook publishes it (Windows zone
 * names with their VTIMEZONE, BUSYSTATUS, a third of the events without attendees). Eight weekly series without end,
 * each with an EXDATE and a moved override; the rest one-offs, one in six in the next 30 days and the others over the
 * past 150 days: customer meetings (a tenth with two customers), internal, all-day, free, declined or cancelled, no
 * one on it. Version {@code v} bumps every SEQUENCE and DTSTAMP and moves one customer meeting by 15 minutes a
 * version, so each version is a real change.
 */
final class CalendarBenchFeeds {
    static final int SERIES = 8;
    /** The one-off ahead (its slot) that moves 15 minutes a version: a customer meeting in every feed. */
    private static final int MOVED = 3;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final String[] FIRST = {"Ann", "Bo", "Cy", "Dee", "Eli", "Fay", "Gus", "Hal", "Ida", "Jo", "Kai",
            "Liv", "Max", "Nia", "Oz", "Pia", "Quin", "Rae", "Sol", "Tess"};
    private static final String[] LAST = {"Lo", "Park", "Reyes", "Okafor", "Berg", "Novak", "Sato", "Costa", "Meyer",
            "Haddad", "Lund", "Ortiz", "Quinn", "Shah", "Weber"};
    private static final String[] COMPANY = {"vela", "orbit", "kestrel", "lumen", "tidal", "northwind", "quarry",
            "saffron", "ember", "halcyon", "juniper", "marlow", "pinecrest", "riverton", "solace", "tandem", "umber",
            "vantage", "willow", "zephyr"};
    static final int PEOPLE = FIRST.length * LAST.length;

    private final Instant start;
    private final int events;
    private final int repsPerWorkspace;

    CalendarBenchFeeds(Instant start, int events, int repsPerWorkspace) {
        this.start = start;
        this.events = events;
        this.repsPerWorkspace = repsPerWorkspace;
    }

    static String teamDomain(int workspace) {
        return "team" + workspace + ".com";
    }

    boolean google(int feed) {
        return feed % 2 == 0;
    }

    ZoneId zone(int feed) {
        return feed % 4 < 2 ? ZoneId.of("Europe/Berlin") : ZoneId.of("America/New_York");
    }

    byte[] feed(int feed, int version) {
        StringBuilder ics = new StringBuilder(events * 600);
        boolean google = google(feed);
        line(ics, "BEGIN:VCALENDAR");
        line(ics, google ? "PRODID:-//Google Inc//Google Calendar 70.9054//EN"
                : "PRODID:Microsoft Exchange Server 2010");
        line(ics, "VERSION:2.0");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:" + (google ? owner(feed) : "Calendar"));
        if (google) {
            line(ics, "X-WR-TIMEZONE:" + zone(feed).getId());
        }
        ics.append(vtimezone(feed));
        for (int s = 0; s < SERIES; s++) {
            series(ics, feed, s, version);
        }
        for (int j = 0; j < events - 2 * SERIES; j++) {
            oneOff(ics, feed, j, version);
        }
        line(ics, "END:VCALENDAR");
        return ics.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void series(StringBuilder ics, int feed, int s, int version) {
        LocalDateTime first = local(feed, start.minus(Duration.ofDays(56))).toLocalDate().plusDays(s % 5)
                .atTime(9 + s % 6, 0);
        String uid = "series-" + s + "-" + feed + (google(feed) ? "@google.com" : "");
        boolean customer = s % 2 == 0;
        event(ics, feed, uid, version, "Weekly " + (customer ? "sync with " + company(feed, s) : "team " + s),
                times(feed, first, first.plusMinutes(45)), customer ? people(feed, s, 1) : internal(feed, s));
        line(ics, "RRULE:FREQ=WEEKLY;WKST=MO");
        line(ics, "EXDATE;TZID=" + tzid(feed) + ":" + LOCAL.format(first.plusWeeks(10)));
        line(ics, "END:VEVENT");
        LocalDateTime moved = first.plusWeeks(9);
        event(ics, feed, uid, version, "Weekly (moved)", times(feed, moved.plusHours(1), moved.plusHours(2)),
                customer ? people(feed, s, 1) : internal(feed, s));
        line(ics, "RECURRENCE-ID;TZID=" + tzid(feed) + ":" + LOCAL.format(moved));
        line(ics, "END:VEVENT");
    }

    private void oneOff(StringBuilder ics, int feed, int j, int version) {
        boolean ahead = j % 6 == 0;
        int slot = ahead ? j / 6 : j;
        Instant when = ahead ? start.plus(Duration.ofHours(3 + slot * 8L))
                : start.minus(Duration.ofHours(2 + slot * 7L));
        LocalDateTime begins = local(feed, when).withMinute(j % 2 * 30).withSecond(0).withNano(0);
        if (ahead && slot == MOVED) {
            begins = begins.plusMinutes(15L * version);
        }
        int kind = (j + j / 6) % 10;
        String uid = "event-" + j + "-" + feed + (google(feed) ? "@google.com" : "");
        String times = kind == 6 ? "DTSTART;VALUE=DATE:" + DAY.format(begins.toLocalDate()) + "\r\nDTEND;VALUE=DATE:"
                + DAY.format(begins.toLocalDate().plusDays(1))
                : times(feed, begins, begins.plusMinutes(30 + 15 * (j % 3)));
        String people = switch (kind) {
            case 0, 1, 2, 6, 7, 8 -> people(feed, j, 1);
            case 3 -> people(feed, j, 2);
            case 4, 5 -> internal(feed, j);
            default -> "";
        };
        if (!google(feed) && j / 6 % 3 == 2) {
            people = "";
        }
        if (kind == 8 && google(feed)) {
            people = people.replace("PARTSTAT=ACCEPTED;CN=Owner", "PARTSTAT=DECLINED;CN=Owner");
        }
        event(ics, feed, uid, version, kind == 9 ? "Q" + j + " review" : "Call " + j + " with " + company(feed, j),
                times, people);
        if (kind == 7) {
            line(ics, google(feed) ? "TRANSP:TRANSPARENT" : "X-MICROSOFT-CDO-BUSYSTATUS:FREE");
        }
        if (kind == 8 && !google(feed)) {
            line(ics, "STATUS:CANCELLED");
        }
        line(ics, "END:VEVENT");
    }

    private void event(StringBuilder ics, int feed, String uid, int version, String title, String times,
                       String people) {
        line(ics, "BEGIN:VEVENT");
        ics.append(times).append("\r\n");
        line(ics, "DTSTAMP:" + UTC.format(start.plus(Duration.ofMinutes(version))));
        line(ics, "UID:" + uid);
        line(ics, "CREATED:20250101T000000Z");
        line(ics, "SEQUENCE:" + version);
        line(ics, "SUMMARY:" + title);
        line(ics, "DESCRIPTION:Agenda: status\\, next steps\\, questions. Join: https://meet.example.com/abc-defg");
        ics.append(people);
        if (!google(feed)) {
            line(ics, "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE");
        }
    }

    private String people(int feed, int j, int customers) {
        StringBuilder lines = new StringBuilder();
        line(lines, "ORGANIZER;CN=" + owner(feed) + ":mailto:" + owner(feed));
        line(lines, "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Owner;X-NUM-GUESTS=0:mailto:"
                + owner(feed));
        for (int c = 0; c < customers; c++) {
            int p = Math.floorMod(feed * 7 + j * 13 + c * 101, PEOPLE);
            String first = FIRST[p % FIRST.length];
            String last = LAST[p / FIRST.length];
            line(lines, "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=" + first + " " + last
                    + ";X-NUM-GUESTS=0:mailto:" + first.toLowerCase() + "." + last.toLowerCase() + "@"
                    + COMPANY[p % COMPANY.length] + (p % 2 == 0 ? ".io" : ".com"));
        }
        if (google(feed) && j % 4 == 0) {
            line(lines, "ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Room 4:mailto:c_18"
                    + feed + "@resource.calendar.google.com");
        }
        return lines.toString();
    }

    private String internal(int feed, int j) {
        StringBuilder lines = new StringBuilder();
        line(lines, "ORGANIZER;CN=Lead:mailto:lead@" + teamDomain(feed / repsPerWorkspace));
        line(lines, "ATTENDEE;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;CN=Owner:mailto:" + owner(feed));
        line(lines, "ATTENDEE;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED:mailto:colleague" + j % 9 + "@"
                + teamDomain(feed / repsPerWorkspace));
        return lines.toString();
    }

    String owner(int feed) {
        return "rep" + feed % repsPerWorkspace + "@" + teamDomain(feed / repsPerWorkspace);
    }

    private static String company(int feed, int j) {
        return COMPANY[Math.floorMod(feed + j, COMPANY.length)];
    }

    private String times(int feed, LocalDateTime from, LocalDateTime to) {
        return "DTSTART;TZID=" + tzid(feed) + ":" + LOCAL.format(from) + "\r\nDTEND;TZID=" + tzid(feed) + ":"
                + LOCAL.format(to);
    }

    private LocalDateTime local(int feed, Instant instant) {
        return LocalDateTime.ofInstant(instant, zone(feed));
    }

    private String tzid(int feed) {
        if (google(feed)) {
            return zone(feed).getId();
        }
        return feed % 4 < 2 ? "W. Europe Standard Time" : "Eastern Standard Time";
    }

    private String vtimezone(int feed) {
        boolean europe = feed % 4 < 2;
        String standard = europe ? "+0100" : "-0500";
        String daylight = europe ? "+0200" : "-0400";
        String first = google(feed) ? "19700101" : "16010101";
        return "BEGIN:VTIMEZONE\r\nTZID:" + tzid(feed) + "\r\n"
                + "BEGIN:DAYLIGHT\r\nTZOFFSETFROM:" + standard + "\r\nTZOFFSETTO:" + daylight + "\r\nDTSTART:" + first
                + (europe ? "T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
                : "T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\n") + "END:DAYLIGHT\r\n"
                + "BEGIN:STANDARD\r\nTZOFFSETFROM:" + daylight + "\r\nTZOFFSETTO:" + standard + "\r\nDTSTART:" + first
                + (europe ? "T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
                : "T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\n") + "END:STANDARD\r\nEND:VTIMEZONE\r\n";
    }

    private static void line(StringBuilder ics, String line) {
        ics.append(line).append("\r\n");
    }
}
