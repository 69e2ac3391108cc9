package com.referralcoach.core.calendar;

import java.time.ZoneId;

/** Fetches a feed through the port and reads it: what a connect and each later read of a feed do. */
public final class CalendarFeeds {
    private final CalendarFeedReader reader;
    private final IcsReader ics = new IcsReader();

    public CalendarFeeds(CalendarFeedReader reader) {
        this.reader = reader;
    }

    /** The feed's occurrences in the window, or that it is unchanged, or why it can't be used. */
    public FeedRead read(FeedRequest request, FeedWindow window, ZoneId repZone) {
        FeedFetch fetch = reader.fetch(request);
        if (fetch instanceof FeedFetch.Unchanged) {
            return new FeedRead.Unchanged();
        }
        if (fetch instanceof FeedFetch.Failed failed) {
            return new FeedRead.Failed(failed.problem(), failed.problem().reason());
        }
        FeedFetch.Fetched fetched = (FeedFetch.Fetched) fetch;
        IcsReading reading = ics.read(fetched.body(), window, repZone);
        if (reading instanceof IcsReading.NotACalendar not) {
            return new FeedRead.Failed(FeedProblem.NOT_A_CALENDAR, not.reason());
        }
        return new FeedRead.Read(((IcsReading.Parsed) reading).feed(), fetched.etag(), fetched.lastModified());
    }
}
