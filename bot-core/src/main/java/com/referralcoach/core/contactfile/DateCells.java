package com.referralcoach.core.contactfile;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as exports write them: ISO ({@code 2019-06-01}, with or without a time), Google's and vCard's year-less
 * {@code --04-12}, numeric with slashes or dots ({@code 4/12/1980} is read month first as US exports write it, unless
 * the first number can't be a month), and words ({@code 12 April 1980}, {@code Apr 12, 1980}, {@code 07 Dec 2025},
 * {@code April 12}).
 */
final class DateCells {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    private static final Pattern NO_YEAR = Pattern.compile("--(\\d{2})-?(\\d{2})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4})(?: .*)?");
    private static final List<DateTimeFormatter> WORDS = List.of(
            words("d MMM uuuu"), words("d MMMM uuuu"), words("MMM d, uuuu"), words("MMMM d, uuuu"),
            words("MMM d uuuu"), words("MMMM d uuuu"));
    private static final List<DateTimeFormatter> WORDS_NO_YEAR = List.of(
            words("d MMM"), words("d MMMM"), words("MMM d"), words("MMMM d"));

    /** A day of the year, and its year when the cell has one. */
    record Day(MonthDay day, Optional<LocalDate> date) {
    }

    private DateCells() {
    }

    static Optional<Day> read(String cell) {
        String text = cell.strip();
        try {
            Matcher iso = ISO.matcher(text);
            if (iso.matches()) {
                return dated(LocalDate.of(num(iso, 1), num(iso, 2), num(iso, 3)));
            }
            Matcher noYear = NO_YEAR.matcher(text);
            if (noYear.matches()) {
                return Optional.of(new Day(MonthDay.of(num(noYear, 1), num(noYear, 2)), Optional.empty()));
            }
            Matcher numeric = NUMERIC.matcher(text);
            if (numeric.matches()) {
                int first = num(numeric, 1);
                int second = num(numeric, 3);
                boolean monthFirst = numeric.group(2).equals("/") && first <= 12;
                return dated(LocalDate.of(num(numeric, 4), monthFirst ? first : second, monthFirst ? second : first));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : WORDS) {
            try {
                return dated(LocalDate.parse(text, format));
            } catch (DateTimeParseException e) {
                // the next way of writing it
            }
        }
        for (DateTimeFormatter format : WORDS_NO_YEAR) {
            try {
                return Optional.of(new Day(MonthDay.parse(text, format), Optional.empty()));
            } catch (DateTimeParseException e) {
                // the next way of writing it
            }
        }
        return Optional.empty();
    }

    private static Optional<Day> dated(LocalDate date) {
        return Optional.of(new Day(MonthDay.from(date), Optional.of(date)));
    }

    private static int num(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group));
    }

    private static DateTimeFormatter words(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
    }
}
