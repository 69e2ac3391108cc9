/**
 * The calendar feed fetcher over the JDK's HttpClient: the adapter of {@link
 * com.referralcoach.core.calendar.CalendarFeedReader}. Only the reader and its limits are public.
 */
package com.referralcoach.core.calendar.http;
