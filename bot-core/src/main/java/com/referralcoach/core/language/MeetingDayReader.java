package com.referralcoach.core.language;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the day of a meeting: "today", "tomorrow", "on monday", "fri 1pm", "2 days ago", "on the 15th", "2026-12-03",
 * "12/15", "Dec 3", "3 December 2026". A weekday or a day of the month without "next" or "last" is the coming one, or,
 * for a meeting told in the past tense ("met Jane Doe on friday"), the latest one.
 */
final class MeetingDayReader {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL;
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
    private static final String YEAR = "(?:,?\\s+(\\d{4})(?!\\d))?";
    private static final Pattern ISO = Pattern.compile("(?:\\bon\\s+)?(?<![\\d-])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d-])", FLAGS);
    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])\\d{1,4}/\\d{1,2}(?:/\\d{1,4})?(?![\\d/])");
    /** A slashed day is read as one after "on" or before a time ("about support 24/7" or "NPS 10/10" is not one). */
    private static final Pattern AS_A_DAY = Pattern.compile("\\bon\\s+$", FLAGS);
    private static final Pattern AFTER_A_DAY = Pattern.compile("\\s*(?:(?:at|from|@)\\s*\\d|\\d)", FLAGS);
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?:\\bon\\s+)?\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}:])" + YEAR, FLAGS);
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?:\\bon\\s+)?\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\b\\.?" + YEAR, FLAGS);
    private static final Pattern RELATIVE = Pattern.compile("(?:\\bon\\s+)?\\b(today|tonight|tomorrow|tmrw|yesterday)\\b", FLAGS);
    /** A weekday in full, or shortened after on / next / this / last ("last tues", "this past fri"). */
    private static final Pattern WEEKDAY = Pattern.compile("(?:\\b(on|next|this(?:\\s+past)?|last|past)\\s+)?"
            + "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b|\\b(on|next|this(?:\\s+past)?|last|past)\\s+"
            + "(mon|tues?|wed|weds|thu|thur|thurs|fri|sat|sun)\\b\\.?", FLAGS);
    /**
     * A weekday shortened with nothing before it, right before a time ("fri 1pm", "wed @ 2", "fri at 11");
     * capitalised only after a word that is not ("Minh Thu 3pm" is a name and a time).
     */
    private static final Pattern BARE_WEEKDAY = Pattern.compile("(?:\\b(mon|tues?|wed|weds|thu|thur|thurs|fri)"
            + "|(?<!\\p{Lu}[\\p{L}'-]{0,30}\\s)\\b(Mon|Tues?|Wed|Weds|Thu|Thur|Thurs|Fri))\\b\\.?"
            + "(?=\\s+(?:at\\s+|@\\s*)?\\d|\\s*@\\s*\\d)");
    private static final Pattern AGO = Pattern.compile("\\b(\\d{1,2}|an?|one|two|three|four|five|six|(?:a\\s+)?couple"
            + "(?:\\s+of)?)\\s+(days?|weeks?)\\s+ago\\b", FLAGS);
    /** What follows "about" or "re": a topic, where "two weeks ago" or "due the 15th" is no day of the meeting. */
    private static final Pattern TOPIC_START = Pattern.compile(
            "\\s(?:about|re:?|regarding|to\\s+discuss)\\s.*$", FLAGS);
    /** "on the 15th", or "the 15th" right before a time or at the end. */
    private static final Pattern ORDINAL = Pattern.compile("\\bon\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b"
            + "|\\bthe\\s+(\\d{1,2})(?:st|nd|rd|th)\\b(?=\\s*(?:$|[,;.]|\\d))", FLAGS);
    private static final String EXAMPLE = "meeting with Jane Doe on 2026-12-03 9:00-10:00";

    /** What is left of the text once the day is taken out, and the day if one was named. */
    record Found(String rest, Optional<LocalDate> day) {
    }

    Reading<Found> read(String text, LocalDate today) {
        return read(text, today, false);
    }

    /** The day, {@code past} when the meeting is told in the past tense. */
    Reading<Found> read(String text, LocalDate today, boolean past) {
        Matcher slashed = SLASHED.matcher(text);
        if (slashed.find()) {
            boolean said = AS_A_DAY.matcher(text.substring(0, slashed.start())).find()
                    || AFTER_A_DAY.matcher(text.substring(slashed.end())).lookingAt();
            return said ? found(text, slashed, slashed(slashed.group(), today))
                    : Reading.invalid("I can't tell which day " + slashed.group() + " is (day or month first?). "
                    + "Write it as 2026-12-03 or Dec 3.", EXAMPLE);
        }
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            return found(text, iso, date(number(iso, 1), number(iso, 2), number(iso, 3), true));
        }
        Matcher monthDay = MONTH_DAY.matcher(text);
        if (monthDay.find()) {
            return found(text, monthDay, dayOfMonth(monthDay.group(1), monthDay.group(2), monthDay.group(3), today));
        }
        Matcher dayMonth = DAY_MONTH.matcher(text);
        if (dayMonth.find()) {
            return found(text, dayMonth, dayOfMonth(dayMonth.group(2), dayMonth.group(1), dayMonth.group(3), today));
        }
        Matcher relative = RELATIVE.matcher(text);
        if (relative.find()) {
            return found(text, relative, Reading.of(relativeDay(relative.group(1).toLowerCase(Locale.ROOT), today)));
        }
        String head = TOPIC_START.matcher(text).replaceFirst("");
        Matcher ago = AGO.matcher(head);
        if (ago.find()) {
            return found(text, ago, Reading.of(ago(ago.group(1), ago.group(2), today)));
        }
        Matcher ordinal = ORDINAL.matcher(head);
        if (ordinal.find()) {
            return found(text, ordinal, ofMonth(Integer.parseInt(Optional.ofNullable(ordinal.group(1))
                    .orElse(ordinal.group(2))), today, past));
        }
        Matcher weekday = WEEKDAY.matcher(text);
        if (weekday.find()) {
            return found(text, weekday, Reading.of(weekday.group(2) != null
                    ? weekday(weekday.group(1), weekday.group(2), today, past)
                    : weekday(weekday.group(3), weekday.group(4), today, past)));
        }
        Matcher bare = BARE_WEEKDAY.matcher(head);
        if (bare.find()) {
            return found(text, bare, Reading.of(weekday(null, Optional.ofNullable(bare.group(1)).orElse(bare.group(2)),
                    today, past)));
        }
        return Reading.of(new Found(text, Optional.empty()));
    }

    /** "12/15", "15/12", "12/15/2026", "2026/12/15": read when only one order makes a day. */
    private static Reading<LocalDate> slashed(String typed, LocalDate today) {
        String[] parts = typed.split("/");
        int first = Integer.parseInt(parts[0]);
        int second = Integer.parseInt(parts[1]);
        if (parts[0].length() == 4 && parts.length == 3) {
            return date(first, second, Integer.parseInt(parts[2]), true);
        }
        if (parts[0].length() > 2 || parts.length == 3 && parts[2].length() != 2 && parts[2].length() != 4) {
            return Reading.invalid("I couldn't read " + typed + " as a day. Write it as 2026-12-03 or Dec 3.", EXAMPLE);
        }
        boolean monthFirst = first <= 12 && second > 12;
        boolean dayFirst = second <= 12 && first > 12;
        if (!monthFirst && !dayFirst && first != second) {
            return Reading.invalid("I can't tell which day " + typed + " is (day or month first?). "
                    + "Write it as 2026-12-03 or Dec 3.", EXAMPLE);
        }
        int month = dayFirst ? second : first;
        int day = dayFirst ? first : second;
        if (month < 1 || month > 12) {
            return Reading.invalid("There is no month " + month + ".", EXAMPLE);
        }
        if (parts.length == 3) {
            int year = Integer.parseInt(parts[2]);
            return date(parts[2].length() == 2 ? 2000 + year : year, month, day, true);
        }
        return dayOfMonth(Month.of(month).name(), String.valueOf(day), null, today);
    }

    private static LocalDate ago(String count, String unit, LocalDate today) {
        String said = count.toLowerCase(Locale.ROOT);
        int n = switch (said) {
            case "a", "an", "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            default -> said.contains("couple") ? 2 : Integer.parseInt(said);
        };
        return unit.toLowerCase(Locale.ROOT).startsWith("week") ? today.minusWeeks(n) : today.minusDays(n);
    }

    /** The 15th: of this month or the next, or for a meeting told in the past, the latest 15th up to today. */
    private static Reading<LocalDate> ofMonth(int day, LocalDate today, boolean past) {
        if (day < 1 || day > 31) {
            return Reading.invalid("There is no " + day + "th of a month.", EXAMPLE);
        }
        YearMonth month = YearMonth.from(today);
        for (int i = 0; i < 13; i++) {
            YearMonth candidate = past ? month.minusMonths(i) : month.plusMonths(i);
            if (candidate.isValidDay(day)) {
                LocalDate date = candidate.atDay(day);
                if (past ? !date.isAfter(today) : !date.isBefore(today)) {
                    return Reading.of(date);
                }
            }
        }
        return Reading.invalid("There is no " + day + "th of a month.", EXAMPLE);
    }

    private static Reading<Found> found(String text, Matcher matcher, Reading<LocalDate> day) {
        String rest = text.substring(0, matcher.start()) + " " + text.substring(matcher.end());
        return day.then(date -> Reading.of(new Found(rest, Optional.of(date))));
    }

    private static Reading<LocalDate> dayOfMonth(String monthName, String dayText, String yearText, LocalDate today) {
        int month = monthOf(monthName).getValue();
        int day = Integer.parseInt(dayText);
        if (yearText != null) {
            return date(Integer.parseInt(yearText), month, day, true);
        }
        Reading<LocalDate> valid = date(2024, month, day, false);
        return valid.then(any -> Reading.of(Stream.of(-1, 0, 1)
                .map(offset -> YearMonth.of(today.getYear() + offset, month))
                .filter(yearMonth -> yearMonth.isValidDay(day))
                .map(yearMonth -> yearMonth.atDay(day))
                .min(Comparator.comparingLong((LocalDate date) -> Math.abs(ChronoUnit.DAYS.between(today, date))))
                .orElseThrow()));
    }

    private static Reading<LocalDate> date(int year, int month, int day, boolean yearTyped) {
        if (month < 1 || month > 12) {
            return Reading.invalid("There is no month " + month + ".", EXAMPLE);
        }
        String monthName = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (day < 1 || !YearMonth.of(year, month).isValidDay(day)) {
            String when = day >= 1 && day <= Month.of(month).maxLength() && yearTyped ? " " + year : "";
            return Reading.invalid("There is no " + day + " " + monthName + when + ".", EXAMPLE);
        }
        return Reading.of(LocalDate.of(year, month, day));
    }

    private static LocalDate relativeDay(String word, LocalDate today) {
        return switch (word) {
            case "tomorrow", "tmrw" -> today.plusDays(1);
            case "yesterday" -> today.minusDays(1);
            default -> today;
        };
    }

    private static LocalDate weekday(String qualifier, String name, LocalDate today, boolean past) {
        String start = name.substring(0, 3).toUpperCase(Locale.ROOT);
        DayOfWeek day = Stream.of(DayOfWeek.values()).filter(d -> d.name().startsWith(start)).findFirst().orElseThrow();
        String said = qualifier == null ? "" : qualifier.toLowerCase(Locale.ROOT);
        if (said.equals("last") || said.equals("past") || said.endsWith("past")) {
            return today.with(TemporalAdjusters.previous(day));
        }
        if (past && (said.isEmpty() || said.equals("on"))) {
            return today.with(TemporalAdjusters.previousOrSame(day));
        }
        boolean next = said.equals("next");
        return next && today.getDayOfWeek() == day ? today.plusWeeks(1) : today.with(TemporalAdjusters.nextOrSame(day));
    }

    private static Month monthOf(String name) {
        String start = name.substring(0, 3).toUpperCase(Locale.ROOT);
        return Stream.of(Month.values()).filter(month -> month.name().startsWith(start)).findFirst().orElseThrow();
    }

    private static int number(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group));
    }
}
