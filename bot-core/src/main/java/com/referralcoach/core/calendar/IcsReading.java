package com.referralcoach.core.calendar;

import java.util.Objects;

/** How reading a feed's bytes went: its occurrences, or why it isn't a calendar. */
public sealed interface IcsReading {
    /** The feed was a calendar; malformed events in it were skipped and counted. */
    record Parsed(IcsFeed feed) implements IcsReading {
        public Parsed {
            Objects.requireNonNull(feed, "feed");
        }
    }

    /** The bytes are not a calendar; {@code found} says what they look like ("a web page"). */
    record NotACalendar(String found) implements IcsReading {
        public NotACalendar {
            Objects.requireNonNull(found, "found");
        }

        /** The reason as the rep reads it. */
        public String reason() {
            return "The link gives " + found + ", not a calendar. " + FeedProblem.NOT_A_CALENDAR.advice();
        }
    }
}
