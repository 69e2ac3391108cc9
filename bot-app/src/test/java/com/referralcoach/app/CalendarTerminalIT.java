package com.referralcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar in a terminal with a calendar feed served on 127.0.0.1: connecting reads it at once, and a customer
 * meeting of the feed, under way when it is read and ending 20 s later, brings its ask when it ends. The link is
 * never printed.
 */
class CalendarTerminalIT {
    /** A Tuesday morning; the bot's clock starts here and ticks on. */
    private static final Instant START = Instant.parse("2026-03-03T10:00:00Z");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String SECRET = "private-5e3c7a9b";

    @TempDir
    Path data;

    @Test
    void aFeedMeetingEndingSoonBringsItsAsk() throws Exception {
        Instant setAt = Instant.now();
        // the feed as first read: a meeting under way that ends 20 s later by the bot's clock, kept for later reads
        AtomicReference<byte[]> feed = new AtomicReference<>();
        AtomicInteger reads = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            reads.incrementAndGet();
            byte[] body = feed.updateAndGet(f -> f != null ? f : meetingEnding(
                    START.plus(Duration.between(setAt, Instant.now())).plus(Duration.ofSeconds(20))));
            exchange.getResponseHeaders().add("Content-Type", "text/calendar");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        String link = "http://127.0.0.1:" + server.getAddress().getPort() + "/calendar/ical/rep/" + SECRET
                + "/basic.ics";
        try (BotProcess bot = BotProcess.start(data, Map.of("REFERRAL_COACH_TEST_CLOCK", START.toString(),
                "REFERRAL_COACH_TEST_CLOCK_SET_AT", setAt.toString(), "REFERRAL_COACH_CALENDAR_ALLOW_LOCAL", "true",
                "REFERRAL_COACH_DISPATCH_SECONDS", "1"))) {
            bot.await("Referral Coach is ready");
            bot.send("working hours 0-24");
            bot.await("Saved: you hear from me");
            bot.send("work days mon-sun");
            bot.await("Saved: you hear from me Mon-Sun 00:00-24:00");

            bot.send("calendar " + link);
            String connected = bot.await(line -> line.contains("Connected: 1 customer meeting in the next 2 weeks")
                    || line.contains("couldn't use"), Duration.ofSeconds(30));
            assertThat(connected).contains("Connected: 1 customer meeting").doesNotContain(SECRET);
            bot.await(line -> line.contains("Your meeting with Ann Lo (Vela) about Q3 review has ended"),
                    Duration.ofSeconds(90));
            bot.send("calendar");
            bot.await("Calendar connected (127.0.0.1).");
            bot.send("quit");
            bot.await("Bye");
            assertThat(bot.exitCode(Duration.ofSeconds(30))).isZero();
        } finally {
            server.stop(0);
        }
        assertThat(reads.get()).isGreaterThanOrEqualTo(1);
        try (var logs = Files.walk(data)) {
            for (Path file : logs.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".log")).toList()) {
                assertThat(Files.readString(file)).doesNotContain(SECRET);
            }
        }
    }

    /** A feed with one customer meeting, begun half an hour before {@code end}. */
    private static byte[] meetingEnding(Instant end) {
        Instant whole = end.truncatedTo(ChronoUnit.SECONDS);
        return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nX-WR-CALNAME:rep@acme.com\r\n"
                + "BEGIN:VEVENT\r\nUID:q3@google.com\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:"
                + UTC.format(whole.minus(Duration.ofMinutes(30))) + "\r\nDTEND:" + UTC.format(whole)
                + "\r\nSUMMARY:Q3 review\r\nORGANIZER:mailto:rep@acme.com\r\n"
                + "ATTENDEE;CN=Ann Lo;PARTSTAT=ACCEPTED:mailto:ann.lo@vela.io\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
