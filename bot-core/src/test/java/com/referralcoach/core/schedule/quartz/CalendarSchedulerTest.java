package com.referralcoach.core.schedule.quartz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.calendar.FeedLink;
import com.referralcoach.core.calendar.http.FeedReadLimits;
import com.referralcoach.core.calendar.http.HttpCalendarFeedReader;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.engine.CalendarReads;
import com.referralcoach.core.port.CalendarBook;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.referralcoach.core.testing.RecordingPlatform;
import com.referralcoach.core.testing.TestClock;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two processes' calendar schedulers (real Quartz, one test clock) over one store and feeds served on 127.0.0.1:
 * each due feed is read once per period, by one of them, and read again once its next read comes.
 */
@ExtendWith(EmbeddedMongo.class)
class CalendarSchedulerTest {
    private static final Instant T0 = Instant.parse("2026-03-03T08:00:00Z");
    private static final WorkspaceId WS = new WorkspaceId("T1");
    private static final Duration EVERY = Duration.ofMinutes(10);
    private static final int FEEDS = 12;
    private static final String ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nX-WR-CALNAME:rep@acme.com"
            + "\r\nBEGIN:VEVENT\r\nUID:q3\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20260303T100000Z\r\n"
            + "DTEND:20260303T110000Z\r\nSUMMARY:Q3 review\r\nORGANIZER:mailto:rep@acme.com\r\n"
            + "ATTENDEE;CN=Ann Lo:mailto:ann.lo@vela.io\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private HttpServer server;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.computeIfAbsent(exchange.getRequestURI().getPath(), p -> new AtomicInteger()).incrementAndGet();
            byte[] body = ICS.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/calendar");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void twoProcessesReadEachDueFeedOnceAndAgainWhenItIsDue(MongoDatabase database) {
        TestClock clock = new TestClock(T0);
        CoachStore store = MongoCoachStore.open(database, clock);
        CalendarBook book = MongoCoachStore.openCalendarBook(database);
        for (int i = 0; i < FEEDS; i++) {
            RepId rep = new RepId("U" + i);
            store.reps().save(new Rep(WS, rep, "Rep " + i, ZoneOffset.UTC, Optional.empty(), T0));
            book.connect(WS, rep, FeedLink.parse("http://127.0.0.1:" + server.getAddress().getPort() + "/feed/" + i
                    + ".ics").orElseThrow(), T0);
        }
        HttpCalendarFeedReader reader = new HttpCalendarFeedReader(FeedReadLimits.fromEnvironment(
                Map.of(FeedReadLimits.ALLOW_LOCAL, "true")));
        RecordingPlatform platform = new RecordingPlatform(clock);
        try (CalendarScheduler one = CalendarScheduler.start(CalendarReads.over(store, book, reader, platform, clock),
                EVERY, Duration.ofMillis(20));
             CalendarScheduler two = CalendarScheduler.start(CalendarReads.over(MongoCoachStore.open(database, clock),
                     MongoCoachStore.openCalendarBook(database), reader, platform, clock), EVERY, Duration.ofMillis(20))) {
            awaitRuns(one, two);
            assertThat(requests).hasSize(FEEDS).allSatisfy((path, count) -> assertThat(count).hasValue(1));
            assertThat(store.meetings().ofRep(WS, new RepId("U3"))).hasSize(1);

            clock.advance(Duration.ofMinutes(9));
            awaitRuns(one, two);
            assertThat(requests.values()).allSatisfy(count -> assertThat(count).hasValue(1));

            clock.advance(Duration.ofMinutes(1));
            await().atMost(Duration.ofSeconds(20)).until(() -> requests.values().stream().allMatch(c -> c.get() == 2));
            awaitRuns(one, two);
            assertThat(requests.values()).allSatisfy(count -> assertThat(count).hasValue(2));
            assertThat(store.meetings().ofRep(WS, new RepId("U3"))).hasSize(1);
        }
    }

    /** Waits until both schedulers have finished two runs more, so a run started before now has ended. */
    private static void awaitRuns(CalendarScheduler one, CalendarScheduler two) {
        long a = one.completedRuns();
        long b = two.completedRuns();
        await().atMost(Duration.ofSeconds(20)).until(() -> one.completedRuns() >= a + 2 && two.completedRuns() >= b + 2);
    }
}
