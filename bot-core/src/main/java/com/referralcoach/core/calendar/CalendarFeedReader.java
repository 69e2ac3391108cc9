package com.referralcoach.core.calendar;

/**
 * Fetches a calendar feed from where its link points (the port; the HTTP adapter is in {@code calendar.http}).
 * Never throws for a feed that can't be read, and never names the link in what it reports or logs.
 */
public interface CalendarFeedReader {
    FeedFetch fetch(FeedRequest request);
}
