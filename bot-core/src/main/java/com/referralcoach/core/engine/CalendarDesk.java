package com.referralcoach.core.engine;

import com.referralcoach.core.calendar.CalendarFeedReader;
import com.referralcoach.core.calendar.CalendarFeeds;
import com.referralcoach.core.calendar.FeedRead;
import com.referralcoach.core.calendar.FeedWindow;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.port.CalendarBook;
import com.referralcoach.core.port.CalendarFeed;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.reminders.ReminderPlanner;
import com.referralcoach.core.reply.Reply;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What a connect and each scheduled read share: reading a rep's feed, applying it, the questions then due. */
final class CalendarDesk {
    private final CalendarBook book;
    private final CalendarFeeds feeds;
    private final CalendarImport imports;
    private final CalendarNotes notes;
    private final com.referralcoach.core.port.RepRoster reps;

    private CalendarDesk(CalendarBook book, CalendarFeeds feeds, CalendarImport imports, CalendarNotes notes,
                         com.referralcoach.core.port.RepRoster reps) {
        this.book = book;
        this.feeds = feeds;
        this.imports = imports;
        this.notes = notes;
        this.reps = reps;
    }

    static CalendarDesk over(CoachStore store, CalendarBook book, CalendarFeedReader reader) {
        CalendarMeetings meetings = new CalendarMeetings(new PeopleFinder(store.contacts()), store.contacts(),
                store.imports(), store.meetings(), new ReminderPlanner(store.reminders()),
                new Scorekeeper(store.tallies()));
        return new CalendarDesk(book, new CalendarFeeds(reader), new CalendarImport(book, meetings),
                new CalendarNotes(book), store.reps());
    }

    CalendarBook book() {
        return book;
    }

    CalendarImport imports() {
        return imports;
    }

    Optional<Rep> rep(CalendarFeed feed) {
        return reps.find(feed.workspace(), feed.rep());
    }

    FeedRead read(Rep rep, CalendarFeed feed, Instant now) {
        return feeds.read(CalendarReads.request(feed), FeedWindow.startingAt(now), rep.zone());
    }

    /** Applies a read that worked (or found the feed unchanged) and stores where the feed stands. */
    CalendarImport.Applied saveRead(Rep rep, CalendarFeed feed, FeedRead read, Instant now, Instant next) {
        if (read instanceof FeedRead.Read fresh) {
            CalendarImport.Applied applied = imports.apply(rep, fresh.feed(), FeedWindow.startingAt(now), now);
            book.saveFeed(feed.read(fresh.etag(), fresh.lastModified(), now, next, applied.customerMeetings(),
                    fresh.feed().owner()));
            return applied;
        }
        CalendarImport.Applied applied = imports.found(rep, now);
        book.saveFeed(feed.read(feed.etag(), feed.lastModified(), now, next, applied.customerMeetings(),
                Optional.empty()));
        return applied;
    }

    List<Reply> notesDue(Rep rep, Instant now) {
        return notes.due(rep, now);
    }
}
