package com.referralcoach.core.language;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads birthdays and customer anniversaries: "birthday Jane Doe 12 April", "customer since Acme 2019-06-01". */
final class OccasionReader {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL;
    private static final Pattern BIRTHDAY_FIRST = Pattern.compile(
            "^birthday\\s+(?:of\\s+|for\\s+)?(.+?)\\s*[:,]?\\s+(?:is\\s+)?(?:on\\s+)?" + DayReader.DAY + "$", FLAGS);
    private static final Pattern BIRTHDAY_AFTER = Pattern.compile(
            "^(.+?)['’]s\\s+birthday\\s+(?:is\\s+)?(?:on\\s+)?" + DayReader.DAY + "$", FLAGS);
    private static final Pattern SINCE_FIRST = Pattern.compile(
            "^customer\\s+since\\s+(.+?)\\s*[:,]?\\s+" + DayReader.DAY + "$", FLAGS);
    private static final Pattern SINCE_AFTER = Pattern.compile(
            "^(.+?)\\s+(?:has\\s+been\\s+|is\\s+)?(?:a\\s+)?customer\\s+since\\s+" + DayReader.DAY + "$", FLAGS);

    private final PersonReader people = new PersonReader();

    Optional<Command> read(String text) {
        for (Pattern pattern : new Pattern[] {BIRTHDAY_FIRST, BIRTHDAY_AFTER}) {
            Matcher birthday = pattern.matcher(text);
            if (birthday.matches()) {
                return Optional.of(people.read(birthday.group(1), HabitExamples.BIRTHDAY)
                        .then(who -> DayReader.read(birthday.group(2), HabitExamples.BIRTHDAY)
                                .then(day -> Reading.of((Command) new SetBirthday(who, day.day()))))
                        .toCommand(c -> c));
            }
        }
        for (Pattern pattern : new Pattern[] {SINCE_FIRST, SINCE_AFTER}) {
            Matcher since = pattern.matcher(text);
            if (since.matches()) {
                return Optional.of(people.read(since.group(1), HabitExamples.CUSTOMER_SINCE)
                        .then(who -> DayReader.read(since.group(2), HabitExamples.CUSTOMER_SINCE)
                                .then(day -> day.date().isEmpty()
                                        ? Reading.<Command>invalid("Say the year too.", HabitExamples.CUSTOMER_SINCE)
                                        : Reading.of((Command) new SetCustomerSince(who, day.date().get()))))
                        .toCommand(c -> c));
            }
        }
        return Optional.empty();
    }
}
