package com.referralcoach.core.engine;

import com.referralcoach.core.calendar.CalendarFeedReader;
import com.referralcoach.core.calendar.CalendarFeeds;
import com.referralcoach.core.calendar.FeedRead;
import com.referralcoach.core.calendar.FeedRequest;
import com.referralcoach.core.calendar.FeedWindow;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.port.CalendarBook;
import com.referralcoach.core.port.CalendarFeed;
import com.referralcoach.core.port.ChatPlatform;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.reply.Reply;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the calendar feeds that are due, one claim at a time, so several processes read each feed once: each read
 * is applied ({@link CalendarImport}), a failing feed backs off (10 minutes, 30, 2 hours, then every 6) and its rep
 * hears of each new problem once; then the questions due are sent (prep notes are reminders of their own). The
 * window starts at the clock.
 */
public final class CalendarReads {
    private static final Logger log = LoggerFactory.getLogger(CalendarReads.class);
    private static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(10), Duration.ofMinutes(30),
            Duration.ofHours(2), Duration.ofHours(6));

    private final CalendarBook book;
    private final CalendarDesk desk;
    private final ChatPlatform platform;
    private final Clock clock;

    private CalendarReads(CalendarBook book, CalendarDesk desk, ChatPlatform platform, Clock clock) {
        this.book = book;
        this.desk = desk;
        this.platform = platform;
        this.clock = clock;
    }

    /** The reads over the store, the feeds' port and the platform the rep is told through. */
    public static CalendarReads over(CoachStore store, CalendarBook book, CalendarFeedReader feeds,
                                     ChatPlatform platform, Clock clock) {
        return new CalendarReads(book, CalendarDesk.over(store, book, feeds), platform, clock);
    }

    /** Reads every feed due now under a lease of {@code lease}; the next read of each is {@code every} later. */
    public int readDue(String owner, Duration lease, Duration every) {
        int read = 0;
        Optional<CalendarFeed> claimed;
        while ((claimed = book.claimDue(clock.instant(), owner, lease)).isPresent()) {
            CalendarFeed feed = claimed.get();
            try {
                Optional<Rep> rep = desk.rep(feed);
                if (rep.isEmpty()) {
                    book.saveFeed(feed.failed(feed.problem().orElse(
                            com.referralcoach.core.calendar.FeedProblem.UNREACHABLE), clock.instant().plus(every), true));
                    continue;
                }
                readOne(rep.get(), feed, every);
                read++;
            } catch (RuntimeException e) {
                log.error("Reading a calendar feed of rep {} in workspace {} failed; it is read again later",
                        feed.rep(), feed.workspace(), e);
                book.saveFeed(feed.failed(feed.problem().orElse(
                        com.referralcoach.core.calendar.FeedProblem.UNREACHABLE), clock.instant().plus(every),
                        feed.problemTold()));
            }
        }
        return read;
    }

    private void readOne(Rep rep, CalendarFeed feed, Duration every) {
        Instant now = clock.instant();
        FeedRead read = desk.read(rep, feed, now);
        if (read instanceof FeedRead.Failed failed) {
            boolean known = feed.problem().filter(failed.problem()::equals).isPresent() && feed.problemTold();
            Instant next = now.plus(BACKOFF.get(Math.min(feed.failures(), BACKOFF.size() - 1)));
            book.saveFeed(feed.failed(failed.problem(), next, true));
            if (!known) {
                say(rep, Reply.of("I couldn't read your calendar: " + failed.reason()
                        + " I'll keep trying; say \"calendar\" to see how it stands."));
            }
        } else {
            desk.saveRead(rep, feed, read, now, now.plus(every));
        }
        desk.notesDue(rep, now).forEach(note -> say(rep, note));
    }

    private void say(Rep rep, Reply reply) {
        platform.send(rep.workspace(), rep.id(), reply).exceptionally(e -> {
            log.warn("Could not tell rep {} in workspace {} about their calendar: {}", rep.id(), rep.workspace(),
                    e.toString());
            return null;
        });
    }

    /** The read window of a read at {@code now}: the next 30 days. */
    static FeedWindow window(Instant now) {
        return FeedWindow.startingAt(now);
    }

    static FeedRequest request(CalendarFeed feed) {
        return new FeedRequest(feed.link(), feed.etag(), feed.lastModified());
    }

    static CalendarFeeds feeds(CalendarFeedReader reader) {
        return new CalendarFeeds(reader);
    }
}
