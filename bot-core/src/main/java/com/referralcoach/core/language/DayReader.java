package com.referralcoach.core.language;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a day of the year, with or without its year: "12 April", "April 12th", "12 Apr 1985", "2019-06-01". */
final class DayReader {
    /** A day as a pattern group, for the readers that look for one at the end of a message. */
    static final String DAY = "(\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}+\\.?(?:,?\\s+\\d{4})?"
            + "|\\p{L}+\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?)";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "^(\\d{1,2})(?:st|nd|rd|th)?\\s+(\\p{L}+)\\.?(?:,?\\s+(\\d{4}))?$", FLAGS);
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "^(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?$", FLAGS);

    /** A day and, when the rep named one, its year. */
    record Day(MonthDay day, Optional<Integer> year) {
        Optional<LocalDate> date() {
            return year.map(day::atYear).filter(d -> d.getDayOfMonth() == day.getDayOfMonth());
        }
    }

    private DayReader() {
    }

    static Reading<Day> read(String text, String example) {
        Matcher iso = ISO.matcher(text.strip());
        if (iso.matches()) {
            return day(iso.group(2), iso.group(3), iso.group(1), example);
        }
        Matcher dayFirst = DAY_FIRST.matcher(text.strip());
        if (dayFirst.matches()) {
            return month(dayFirst.group(2)).map(m -> day(String.valueOf(m.getValue()), dayFirst.group(1),
                    dayFirst.group(3), example)).orElseGet(() -> notAMonth(dayFirst.group(2), example));
        }
        Matcher monthFirst = MONTH_FIRST.matcher(text.strip());
        if (monthFirst.matches()) {
            return month(monthFirst.group(1)).map(m -> day(String.valueOf(m.getValue()), monthFirst.group(2),
                    monthFirst.group(3), example)).orElseGet(() -> notAMonth(monthFirst.group(1), example));
        }
        return Reading.invalid("I couldn't read '" + text + "' as a day.", example);
    }

    /** "March", "mar", "Sept": a month by its English name or the first three letters or more. */
    static Optional<Month> month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 3) {
            return Optional.empty();
        }
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(w)) {
                return Optional.of(month);
            }
        }
        return w.equals("sept") ? Optional.of(Month.SEPTEMBER) : Optional.empty();
    }

    private static Reading<Day> day(String month, String dayOfMonth, String year, String example) {
        try {
            MonthDay day = MonthDay.of(Integer.parseInt(month), Integer.parseInt(dayOfMonth));
            Optional<Integer> y = Optional.ofNullable(year).map(Integer::parseInt);
            Day read = new Day(day, y);
            if (y.isPresent() && read.date().isEmpty()) {
                return Reading.invalid(y.get() + " had no " + day.getDayOfMonth() + " February.", example);
            }
            return Reading.of(read);
        } catch (DateTimeException | NumberFormatException e) {
            return Reading.invalid("That day doesn't exist: " + dayOfMonth + "/" + month + ".", example);
        }
    }

    private static Reading<Day> notAMonth(String word, String example) {
        return Reading.invalid("'" + word + "' isn't a month I know.", example);
    }
}
