package com.referralcoach.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.referralcoach.core.calendar.http.FeedReadLimits;
import com.referralcoach.core.calendar.http.HttpCalendarFeedReader;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.slf4j.LoggerFactory;

/** Alone in its JVM while it runs: one test reads what the feed reader logs. */
@Isolated
class CalendarFeedFetchTest {
    /** What the tests run with: local addresses allowed, as REFERRAL_COACH_CALENDAR_ALLOW_LOCAL=true does. */
    private static final FeedReadLimits LOCAL = FeedReadLimits.fromEnvironment(
            Map.of(FeedReadLimits.ALLOW_LOCAL, "true"));

    private final FeedServer server = new FeedServer();
    private final CalendarFeeds feeds = new CalendarFeeds(new HttpCalendarFeedReader(LOCAL));

    @AfterEach
    void stopServer() {
        server.close();
    }

    private FeedRead read(String path) {
        return feeds.read(FeedRequest.first(server.link(path)), Fixtures.WINDOW, Fixtures.NEW_YORK);
    }

    private static FeedProblem problem(FeedRead read) {
        assertThat(read).isInstanceOf(FeedRead.Failed.class);
        return ((FeedRead.Failed) read).problem();
    }

    @Test
    void aFeedIsReadAndASecondReadWithItsETagIsUnchanged() {
        FeedRead first = read(FeedServer.SECRET);

        assertThat(first).isInstanceOf(FeedRead.Read.class);
        FeedRead.Read read = (FeedRead.Read) first;
        assertThat(read.feed().owner()).contains("rep@acme.com");
        assertThat(read.feed().occurrences()).hasSize(12);
        assertThat(read.etag()).contains(FeedServer.ETAG);
        assertThat(read.lastModified()).contains(FeedServer.LAST_MODIFIED);
        FeedRequest again = new FeedRequest(server.link(FeedServer.SECRET), read.etag(), read.lastModified());
        assertThat(feeds.read(again, Fixtures.WINDOW, Fixtures.NEW_YORK)).isEqualTo(new FeedRead.Unchanged());
        FeedRequest sinceOnly = new FeedRequest(server.link(FeedServer.SECRET), Optional.empty(), read.lastModified());
        assertThat(feeds.read(sinceOnly, Fixtures.WINDOW, Fixtures.NEW_YORK)).isEqualTo(new FeedRead.Unchanged());
    }

    @Test
    void aGzippedFeedIsDecoded() {
        FeedRead read = read("/gzip.ics");

        assertThat(read).isInstanceOf(FeedRead.Read.class);
        assertThat(((FeedRead.Read) read).feed().occurrences()).extracting(CalendarOccurrence::title)
                .contains("Vela onboarding", "Pipeline review");
    }

    @Test
    void missingPrivateAndWebPageLinksEachHaveTheirReason() {
        assertThat(problem(read("/missing.ics"))).isEqualTo(FeedProblem.NOT_FOUND);
        assertThat(problem(read("/private.ics"))).isEqualTo(FeedProblem.PRIVATE);
        FeedRead page = read("/login");
        assertThat(problem(page)).isEqualTo(FeedProblem.NOT_A_CALENDAR);
        assertThat(((FeedRead.Failed) page).reason()).startsWith("The link gives a web page, not a calendar.");
        assertThat(problem(read("/elsewhere"))).isEqualTo(FeedProblem.UNREACHABLE);
    }

    @Test
    void aFeedOverFiveMegabytesIsNotReadToItsEnd() {
        assertThat(problem(read("/big.ics"))).isEqualTo(FeedProblem.TOO_BIG);
        assertThat(problem(read("/bomb.ics"))).as("small gzipped, 6 MB decoded").isEqualTo(FeedProblem.TOO_BIG);
    }

    @Test
    void aServerThatNeverFinishesTimesOutWithinTheWholeReadsTime() {
        CalendarFeeds impatient = new CalendarFeeds(new HttpCalendarFeedReader(LOCAL.withTimeout(
                Duration.ofSeconds(1))));
        long started = System.nanoTime();

        FeedRead read = impatient.read(FeedRequest.first(server.link("/slow.ics")), Fixtures.WINDOW,
                Fixtures.NEW_YORK);

        assertThat(problem(read)).isEqualTo(FeedProblem.TIMED_OUT);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void redirectsAreFollowedUpToFiveAndALoopIsRefused() {
        assertThat(read("/hop/4")).isInstanceOf(FeedRead.Read.class);
        assertThat(problem(read("/hop/5"))).as("six redirects").isEqualTo(FeedProblem.REDIRECT_LOOP);
        int before = server.requests();
        assertThat(problem(read("/loop/a"))).isEqualTo(FeedProblem.REDIRECT_LOOP);
        assertThat(server.requests() - before).as("a loop is seen at once, not followed five times").isEqualTo(2);
    }

    @Test
    void aLocalAddressIsRefusedUnlessAllowedAndNothingIsSentToIt() {
        CalendarFeeds guarded = new CalendarFeeds(new HttpCalendarFeedReader(
                FeedReadLimits.fromEnvironment(Map.of())));

        FeedRead read = guarded.read(FeedRequest.first(server.link(FeedServer.SECRET)), Fixtures.WINDOW,
                Fixtures.NEW_YORK);

        assertThat(problem(read)).isEqualTo(FeedProblem.REFUSED_ADDRESS);
        assertThat(server.requests()).isZero();
    }

    @Test
    void theLinkIsNeverLoggedOrShownOnlyItsHost() {
        Logger logger = (Logger) LoggerFactory.getLogger(HttpCalendarFeedReader.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        ch.qos.logback.classic.Level level = logger.getLevel();
        logger.setLevel(ch.qos.logback.classic.Level.INFO);
        try {
            FeedRead refused = new CalendarFeeds(new HttpCalendarFeedReader(FeedReadLimits.fromEnvironment(Map.of())))
                    .read(FeedRequest.first(server.link(FeedServer.SECRET)), Fixtures.WINDOW, Fixtures.NEW_YORK);
            FeedRead missing = read("/missing.ics");

            assertThat(logged.list).isNotEmpty().allSatisfy(event -> assertThat(event.getFormattedMessage())
                    .contains("127.0.0.1").doesNotContain("private-5e3c7a9b").doesNotContain("missing.ics"));
            assertThat(refused.toString() + missing).doesNotContain("private-5e3c7a9b").doesNotContain("missing");
            assertThat(server.link(FeedServer.SECRET).toString()).isEqualTo("FeedLink[127.0.0.1]");
        } finally {
            logger.setLevel(level);
            logger.detachAppender(logged);
        }
    }

    @Test
    void webcalIsReadAsHttpsAndOtherSchemesAreNotLinks() {
        assertThat(FeedLink.parse("webcal://p42-caldav.icloud.com/published/2/TOKEN").orElseThrow().uri().toString())
                .isEqualTo("https://p42-caldav.icloud.com/published/2/TOKEN");
        assertThat(FeedLink.parse(" WEBCALS://p42-caldav.icloud.com/x").orElseThrow().uri().getScheme())
                .isEqualTo("https");
        assertThat(FeedLink.parse("ftp://example.com/cal.ics")).isEmpty();
        assertThat(FeedLink.parse("file:///etc/passwd")).isEmpty();
        assertThat(FeedLink.parse("calendar please")).isEmpty();
    }

    @Test
    void theStandardLimitsAreTenSecondsFiveMegabytesAndNoLocalAddresses() {
        assertThat(FeedReadLimits.fromEnvironment(Map.of())).isEqualTo(
                new FeedReadLimits(Duration.ofSeconds(10), 5L * 1024 * 1024, false, 5));
        assertThat(FeedReadLimits.fromEnvironment(Map.of(FeedReadLimits.ALLOW_LOCAL, "TRUE")).allowLocal()).isTrue();
        assertThat(FeedReadLimits.fromEnvironment(Map.of(FeedReadLimits.ALLOW_LOCAL, "yes")).allowLocal()).isFalse();
        assertThat(Optional.of(FeedProblem.TIMED_OUT.reason())).hasValueSatisfying(r -> assertThat(r).contains("10"));
    }
}
