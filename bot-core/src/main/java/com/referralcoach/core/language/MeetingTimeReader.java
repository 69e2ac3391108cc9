package com.referralcoach.core.language;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the clock times of a meeting: "2-3pm", "at 2pm", "at noon", "ends 3:30pm", "until 16:00", "ends in 1h30",
 * "for 45 min", "in 20 min" (it starts then).
 */
final class MeetingTimeReader {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL;
    private static final String TIME = ClockTime.PATTERN;
    private static final String DURATION = "(?:(\\d{1,3})\\s*(?:hours?|hrs?|h)\\s*(?:(\\d{1,3})\\s*(?:minutes?|mins?|m)?)?"
            + "|(\\d{1,4})\\s*(?:minutes?|mins?|m)|(an?|one)\\s+hour|(half)\\s+an?\\s+hour)(?![\\p{L}\\p{N}])";
    private static final Pattern ENDS_IN = Pattern.compile(
            "\\b(?:ends?|ending|finish(?:es|ing)?|done|over)\\s+in\\s+" + DURATION, FLAGS);
    private static final Pattern LASTS = Pattern.compile("\\bfor\\s+" + DURATION, FLAGS);
    private static final Pattern STARTS_IN = Pattern.compile(
            "(?:\\b(?:starts?|starting)\\s+)?\\bin\\s+" + DURATION, FLAGS);
    /**
     * Noon as a time, in lower case after "at", "from", "until", "by" or a dash, and not before a capitalised word
     * ("about the noon launch" is a topic, "at Noon Labs" a company).
     */
    private static final Pattern NOON = Pattern.compile(
            "(?<=\\b(?:at|from|until|till|til|ends?|by)\\s{1,3}|[-–]\\s{0,2})(?:noon|midday)\\b(?!\\s+\\p{Lu})");
    private static final Pattern RANGE = Pattern.compile("(?:\\b(?:from|at|between)\\s+)?\\b" + TIME
            + "\\s*(?:-+|–|—|\\bto\\b|\\buntil\\b|\\btill\\b|\\band\\b)\\s*" + TIME, FLAGS);
    private static final Pattern ENDS_AT = Pattern.compile(
            "\\b(?:ends?|ending|finish(?:es|ing)?|until|till|til)\\s+(?:at\\s+)?\\b" + TIME, FLAGS);
    private static final Pattern STARTS_AT = Pattern.compile(
            "(?:\\b(?:at|from|starts?|starting)(?:\\s+at)?\\s+|@\\s*)\\b" + TIME, FLAGS);
    private static final Pattern WITH_HALF = Pattern.compile("\\b(\\d{1,2})(?::(\\d{2}))?\\s*([ap])\\.?m\\b\\.?", FLAGS);
    private static final Pattern WITH_MINUTES = Pattern.compile("\\b(\\d{1,2}):(\\d{2})()(?![\\p{L}\\p{N}:])", FLAGS);
    /** A US time zone's letters after a time ("3pm EST"): read in the rep's zone, and no name takes them. */
    private static final Pattern ZONE_AFTER_TIME = Pattern.compile(
            "(?<=\\d|\\d[ap]m|\\d\\s[ap]m)\\s*\\b(?:[ECMP][SD]?T|GMT|UTC)\\b");
    /** "at 930", "@ 1030am": a time written without its colon, after "at" or "@" only. */
    private static final Pattern COMPACT = Pattern.compile(
            "(\\b(?:at|from)\\s+|@\\s*)(1[0-2]|0?[1-9])([0-5]\\d)(\\s*[ap]\\.?m\\b\\.?)?(?![\\d:])", FLAGS);
    static final String EXAMPLE = "meeting with Jane Doe today 14:00-15:30";

    /** The clock facts found, each optional, and the text left once they are taken out. */
    record Found(String rest, Optional<ClockTime> start, Optional<ClockTime> end,
            Optional<Duration> endsIn, Optional<Duration> lasts, Optional<Duration> startsIn) {
        Found(String rest, Optional<ClockTime> start, Optional<ClockTime> end, Optional<Duration> endsIn,
              Optional<Duration> lasts) {
            this(rest, start, end, endsIn, lasts, Optional.empty());
        }
    }

    Reading<Found> read(String text) {
        String times = COMPACT.matcher(ZONE_AFTER_TIME.matcher(NOON.matcher(text).replaceAll("12pm")).replaceAll(""))
                .replaceAll("$1$2:$3$4");
        Found found = new Found(times, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        Matcher endsIn = ENDS_IN.matcher(found.rest());
        if (endsIn.find()) {
            found = new Found(cut(found.rest(), endsIn), found.start(), found.end(), Optional.of(duration(endsIn, 1)),
                    found.lasts());
        }
        Matcher lasts = LASTS.matcher(found.rest());
        if (lasts.find()) {
            found = new Found(cut(found.rest(), lasts), found.start(), found.end(), found.endsIn(),
                    Optional.of(duration(lasts, 1)));
        }
        Matcher startsIn = STARTS_IN.matcher(found.rest());
        if (found.endsIn().isEmpty() && startsIn.find()) {
            found = new Found(cut(found.rest(), startsIn), found.start(), found.end(), found.endsIn(), found.lasts(),
                    Optional.of(duration(startsIn, 1)));
        }
        Matcher range = RANGE.matcher(found.rest());
        if (range.find()) {
            found = new Found(cut(found.rest(), range), Optional.of(ClockTime.of(range, 1)),
                    Optional.of(ClockTime.of(range, 4)), found.endsIn(), found.lasts(), found.startsIn());
        } else {
            found = single(single(found, ENDS_AT, false), STARTS_AT, true);
            found = single(single(found, WITH_HALF, true), WITH_MINUTES, true);
        }
        return checked(found);
    }

    private static Found single(Found found, Pattern pattern, boolean isStart) {
        if (isStart ? found.start().isPresent() : found.end().isPresent()) {
            return found;
        }
        Matcher matcher = pattern.matcher(found.rest());
        if (!matcher.find()) {
            return found;
        }
        Optional<ClockTime> time = Optional.of(ClockTime.of(matcher, 1));
        String rest = cut(found.rest(), matcher);
        return isStart
                ? new Found(rest, time, found.end(), found.endsIn(), found.lasts(), found.startsIn())
                : new Found(rest, found.start(), time, found.endsIn(), found.lasts(), found.startsIn());
    }

    private static Reading<Found> checked(Found found) {
        for (Optional<ClockTime> time : List.of(found.start(), found.end())) {
            if (time.isPresent() && !time.get().exists()) {
                return Reading.invalid("There is no " + time.get().typed() + ".", EXAMPLE);
            }
        }
        return Reading.of(found);
    }

    private static Duration duration(Matcher matcher, int first) {
        if (matcher.group(first) != null) {
            long minutes = matcher.group(first + 1) == null ? 0 : Long.parseLong(matcher.group(first + 1));
            return Duration.ofHours(Long.parseLong(matcher.group(first))).plusMinutes(minutes);
        }
        if (matcher.group(first + 2) != null) {
            return Duration.ofMinutes(Long.parseLong(matcher.group(first + 2)));
        }
        return matcher.group(first + 3) != null ? Duration.ofHours(1) : Duration.ofMinutes(30);
    }

    private static String cut(String text, Matcher matcher) {
        return text.substring(0, matcher.start()) + " " + text.substring(matcher.end());
    }
}
