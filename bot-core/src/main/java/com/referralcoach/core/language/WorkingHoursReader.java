package com.referralcoach.core.language;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads "working hours 9-17", "working hours 9:30-17:30", "hours 8am-6pm", "working hours 0-24". Without am/pm
 * hours are a 24-hour clock, except that a morning start with an earlier end, as in "9-5", ends in the afternoon.
 */
final class WorkingHoursReader {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL;
    private static final Pattern SETTING = Pattern.compile("^(?:(?:set|change)\\s+)?(?:my\\s+)?"
            + "(?:(?:working|work|office|business)\\s+)?hours(?:\\s+(?:are|to)|\\s*[:=])?(?:\\s+(.*?))?\\s*$", FLAGS);
    private static final String TIME = "(\\d{1,2})(?:[:.h](\\d{2}))?\\s*(?:([ap])\\.?m\\b\\.?)?";
    private static final Pattern RANGE = Pattern.compile("^(?:from\\s+)?" + TIME
            + "\\s*(?:-+|–|—|\\bto\\b|\\buntil\\b|\\btill\\b|\\btil\\b)\\s*" + TIME + "$", FLAGS);
    private static final int HOUR = 60;
    private static final int NOON = 12 * HOUR;
    private static final int DAY = 24 * HOUR;

    private record Clock(int hour, int minute, String half, String typed) {
        static Clock of(Matcher matcher, int first) {
            String minutes = matcher.group(first + 1);
            String half = Optional.ofNullable(matcher.group(first + 2)).orElse("").toLowerCase(Locale.ROOT);
            int hour = Integer.parseInt(matcher.group(first));
            int minute = minutes == null ? 0 : Integer.parseInt(minutes);
            String typed = hour + ":" + (minutes == null ? "00" : minutes) + (half.isEmpty() ? "" : " " + half + "m");
            return new Clock(hour, minute, half, typed);
        }

        boolean exists() {
            boolean hourExists = half.isEmpty() ? hour < 24 || hour == 24 && minute == 0 : hour >= 1 && hour <= 12;
            return hourExists && minute < HOUR;
        }

        /** Minutes of the day; 12am as an end is midnight at the end of the day. */
        int minutes(String inHalf, boolean isEnd) {
            int hours = switch (inHalf) {
                case "a" -> hour % 12;
                case "p" -> hour % 12 + 12;
                default -> hour;
            };
            int of = hours * HOUR + minute;
            return isEnd && of == 0 && inHalf.equals("a") ? DAY : of;
        }
    }

    Optional<Command> read(String text) {
        Matcher setting = SETTING.matcher(text);
        if (!setting.matches()) {
            return Optional.empty();
        }
        String range = Optional.ofNullable(setting.group(1)).orElse("");
        Matcher times = RANGE.matcher(range);
        if (!times.matches()) {
            return Optional.of(new Invalid(range.isEmpty() ? "Which hours? Give a start and an end."
                    : "I can't read '" + range + "' as hours: give a start and an end.", Examples.WORKING_HOURS));
        }
        return Optional.of(window(Clock.of(times, 1), Clock.of(times, 4)));
    }

    private static Command window(Clock start, Clock end) {
        for (Clock clock : new Clock[] {start, end}) {
            if (!clock.exists()) {
                return new Invalid("There is no " + clock.typed() + ".", Examples.WORKING_HOURS);
            }
        }
        int from = start.half().isEmpty() && !end.half().isEmpty()
                ? startBefore(start, end) : start.minutes(start.half(), false);
        int to = end.minutes(end.half(), true);
        if (end.half().isEmpty() && to <= from && end.hour() >= 1 && end.hour() <= 12
                && (from < NOON || start.half().equals("p")) && to + NOON > from) {
            to += NOON;
        }
        if (to > DAY || from >= DAY) {
            return new Invalid("A day ends at 24:00.", Examples.WORKING_HOURS);
        }
        if (to <= from) {
            return new Invalid("Working hours must start before they end on the same day; I can't do overnight"
                    + " hours like 22-6 yet.", Examples.WORKING_HOURS);
        }
        return new SetWorkingHours(from, to);
    }

    /** "8-6pm" starts at 8am and "1-5pm" at 1pm: the start takes the end's half when that keeps it first. */
    private static int startBefore(Clock start, Clock end) {
        if (start.hour() == 0 || start.hour() > 12) {
            return start.minutes("", false);
        }
        int sameHalf = start.minutes(end.half(), false);
        return sameHalf < end.minutes(end.half(), true)
                ? sameHalf : start.minutes(end.half().equals("p") ? "a" : "p", false);
    }
}
