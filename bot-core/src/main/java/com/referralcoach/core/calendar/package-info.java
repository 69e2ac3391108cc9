/**
 * A rep's calendar feed (ICS), read and understood: the occurrences of the next 30 days as plain values (ical4j,
 * offline, never holding the parsed calendar), which of them are customer meetings and with whom, and the port the
 * feed is fetched through. Pure: knows no storage, no scheduler, no network and no platform; the HTTP fetcher is the
 * adapter in {@code calendar.http}.
 */
package com.referralcoach.core.calendar;
