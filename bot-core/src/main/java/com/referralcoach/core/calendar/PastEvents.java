package com.referralcoach.core.calendar;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops the one-off events that ended well before the window before ical4j builds the feed: in a calendar used for
 * years they are most of it, and building them was most of a read's time. An event that repeats, overrides an
 * occurrence, or whose dates can't be read here is always kept; so is anything ending within a week of the window
 * (its zone can't move it more than a day).
 */
final class PastEvents {
    /** How far before the window an event must end to be dropped unread. */
    static final Duration MARGIN = Duration.ofDays(7);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final Pattern REPEATS = Pattern.compile("(?im)^(?:RRULE|RDATE|EXRULE|RECURRENCE-ID)[;:]");
    private static final Pattern DATES = Pattern.compile("(?im)^DT(START|END)(?:;[^:\\r\\n]*)?:(\\d{8})");

    private PastEvents() {
    }

    /** {@code text} without its VEVENTs that ended before {@code window} (less the margin); unchanged if none did. */
    static String withoutPast(String text, FeedWindow window) {
        IcsBlocks blocks = IcsBlocks.of(text);
        String cutoff = DAY.format(window.from().minus(MARGIN));
        List<String> kept = new ArrayList<>(blocks.zones());
        int dropped = 0;
        for (String component : blocks.events()) {
            if (ended(component, cutoff)) {
                dropped++;
            } else {
                kept.add(component);
            }
        }
        return dropped == 0 ? text : blocks.calendar(kept);
    }

    /** True for a one-off VEVENT whose end (else start) day is before {@code cutoff} (yyyyMMdd, compared as text). */
    static boolean ended(String component, String cutoff) {
        if (!component.regionMatches(true, 0, "BEGIN:VEVENT", 0, 12) || REPEATS.matcher(component).find()) {
            return false;
        }
        String start = null;
        String end = null;
        Matcher dates = DATES.matcher(component);
        while (dates.find()) {
            if (dates.group(1).equalsIgnoreCase("END")) {
                end = dates.group(2);
            } else {
                start = dates.group(2);
            }
        }
        String last = end != null ? end : start;
        return last != null && last.compareTo(cutoff) < 0;
    }
}
