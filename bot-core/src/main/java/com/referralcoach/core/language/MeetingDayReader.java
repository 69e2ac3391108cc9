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

/** Finds the day of a meeting: "today", "tomorrow", "on monday", "2026-12-03", "Dec 3", "3 December 2026". */
final class MeetingDayReader {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL;
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
    private static final String YEAR = "(?:,?\\s+(\\d{4})(?!\\d))?";
    private static final Pattern ISO = Pattern.compile("(?:\\bon\\s+)?(?<![\\d-])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d-])", FLAGS);
    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])\\d{1,4}/\\d{1,2}(?:/\\d{1,4})?(?![\\d/])");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?:\\bon\\s+)?\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}:])" + YEAR, FLAGS);
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?:\\bon\\s+)?\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\b\\.?" + YEAR, FLAGS);
    private static final Pattern RELATIVE = Pattern.compile("(?:\\bon\\s+)?\\b(today|tonight|tomorrow|tmrw|yesterday)\\b", FLAGS);
    /** A weekday in full, or shortened after on / next / this / last ("last tues", "this past fri"). */
    private static final Pattern WEEKDAY = Pattern.compile("(?:\\b(on|next|this(?:\\s+past)?|last|past)\\s+)?"
            + "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b|\\b(on|next|this(?:\\s+past)?|last|past)\\s+"
            + "(mon|tues?|wed|weds|thu|thur|thurs|fri|sat|sun)\\b\\.?", FLAGS);
    private static final String EXAMPLE = "meeting with Jane Doe on 2026-12-03 9:00-10:00";

    /** What is left of the text once the day is taken out, and the day if one was named. */
    record Found(String rest, Optional<LocalDate> day) {
    }

    Reading<Found> read(String text, LocalDate today) {
        Matcher slashed = SLASHED.matcher(text);
        if (slashed.find()) {
            return Reading.invalid("I can't tell which day " + slashed.group() + " is (day or month first?). "
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
        Matcher weekday = WEEKDAY.matcher(text);
        if (weekday.find()) {
            return found(text, weekday, Reading.of(weekday.group(2) != null
                    ? weekday(weekday.group(1), weekday.group(2), today) : weekday(weekday.group(3), weekday.group(4), today)));
        }
        return Reading.of(new Found(text, Optional.empty()));
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

    private static LocalDate weekday(String qualifier, String name, LocalDate today) {
        String start = name.substring(0, 3).toUpperCase(Locale.ROOT);
        DayOfWeek day = Stream.of(DayOfWeek.values()).filter(d -> d.name().startsWith(start)).findFirst().orElseThrow();
        String said = qualifier == null ? "" : qualifier.toLowerCase(Locale.ROOT);
        if (said.equals("last") || said.equals("past") || said.endsWith("past")) {
            return today.with(TemporalAdjusters.previous(day));
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
