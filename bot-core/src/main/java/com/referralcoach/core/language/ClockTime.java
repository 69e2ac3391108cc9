package com.referralcoach.core.language;

import java.time.LocalTime;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * A time of day as typed: "2pm", "14:00", "3:30". Without am/pm, 1 to 7 o'clock are read as
 * afternoon (sales meetings rarely start before 8am) and other hours as a 24-hour clock.
 */
record ClockTime(int hour, int minute, String half, String typed) {
    /** The regular expression of one time: hour, optional minutes, optional am/pm (three groups). */
    static final String PATTERN = "(\\d{1,2})(?::(\\d{2}))?(?:\\s*([ap])\\.?m\\b\\.?)?(?![\\p{L}\\p{N}:/])";
    private static final int LAST_AFTERNOON_GUESS = 7;

    /** The time whose hour is in group {@code first} of the matcher, its minutes and am/pm in the two after. */
    static ClockTime of(Matcher matcher, int first) {
        String minutes = matcher.group(first + 1);
        String half = matcher.group(first + 2);
        String typed = matcher.group(first) + (minutes == null ? "" : ":" + minutes)
                + (half == null || half.isEmpty() ? "" : half.toLowerCase(Locale.ROOT) + "m");
        return new ClockTime(Integer.parseInt(matcher.group(first)), minutes == null ? 0 : Integer.parseInt(minutes),
                half == null ? "" : half.toLowerCase(Locale.ROOT), typed);
    }

    boolean exists() {
        boolean hourExists = hasHalf() ? hour >= 1 && hour <= 12 : hour <= 23;
        return hourExists && minute <= 59;
    }

    boolean hasHalf() {
        return !half.isEmpty();
    }

    ClockTime withHalf(String newHalf) {
        return new ClockTime(hour, minute, hour > 12 ? "" : newHalf, typed);
    }

    LocalTime toLocalTime() {
        int hours = switch (half) {
            case "p" -> hour % 12 + 12;
            case "a" -> hour % 12;
            default -> hour >= 1 && hour <= LAST_AFTERNOON_GUESS ? hour + 12 : hour;
        };
        return LocalTime.of(hours, minute);
    }

    /** The start of a range like "2-3pm" or "11-1pm", borrowing the end's am/pm when it makes the range sensible. */
    LocalTime startBefore(ClockTime end) {
        if (hasHalf() || !end.hasHalf()) {
            return toLocalTime();
        }
        LocalTime sameHalf = withHalf(end.half()).toLocalTime();
        return sameHalf.isBefore(end.toLocalTime()) ? sameHalf : withHalf(end.half().equals("p") ? "a" : "p").toLocalTime();
    }

    /** The end of a range, moved to the afternoon when "11-1" would otherwise end before it starts. */
    LocalTime endAfter(LocalTime start) {
        LocalTime end = toLocalTime();
        return !hasHalf() && !end.isAfter(start) && end.getHour() < 12 ? end.plusHours(12) : end;
    }
}
