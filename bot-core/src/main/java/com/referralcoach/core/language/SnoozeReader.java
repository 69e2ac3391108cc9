package com.referralcoach.core.language;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads "snooze", "snooze 2h", "snooze #3fa9c1 1 day", "snooze 2 for 1h" (number 2 in the "reminders" list),
 * "remind me tomorrow", "remind me in 2 hours". A bare number is a list number only before a length, or alone after
 * "reminder": "snooze 2 hours" puts the last reminder off by two hours, as it always did.
 */
final class SnoozeReader {
    /** What "later" means. */
    static final Duration LATER = Duration.ofHours(1);
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL;
    private static final Pattern SNOOZE = Pattern.compile("^snooze(?:\\s+(.*))?$", FLAGS);
    private static final Pattern REMIND_ME = Pattern.compile("^remind\\s+me(?:\\s+(.*))?$", FLAGS);
    private static final Pattern FILLER = Pattern.compile(
            "^(?:(?:again|about|of|it|this|that|the|my|last|reminder)(?:\\s+|$))*", FLAGS);
    private static final Pattern NEXT_MORNING = Pattern.compile("^(?:(?:until|till|til|to|for)\\s+)?(?:tomorrow"
            + "(?:\\s+morning)?|(?:the\\s+)?next\\s+(?:working\\s+|work\\s+)?(?:morning|day))$", FLAGS);
    private static final Pattern LATER_ON =
            Pattern.compile("^(?:a\\s+bit\\s+|a\\s+little\\s+)?later(?:\\s+on)?$", FLAGS);
    private static final Pattern LENGTH = Pattern.compile("^(?:(?:for|by|in|after|another)\\s+)?(.+)$", FLAGS);
    private static final Pattern OWN_REMINDER = Pattern.compile("^to\\s+\\S.*$", FLAGS);
    private static final Pattern HASH_CODE = Pattern.compile("#[0-9a-f]{6}", FLAGS);
    /** "snooze reminder 2", "snooze the reminder no. 2": the word says a number that follows is the list's. */
    private static final Pattern NAMED = Pattern.compile("^(?:(?:again|about|of|it|this|that|the|my)\\s+)*reminder\\b",
            FLAGS);
    private static final Pattern NUMBER_WORD = Pattern.compile("no\\.?|number|nr\\.?", FLAGS);
    private static final Pattern NUMBER = Pattern.compile("#?(\\d{1,4})");
    private static final Pattern HASH_NUMBER = Pattern.compile("#(\\d{1,4})");

    private final SnoozeLengthReader lengths = new SnoozeLengthReader();

    Optional<Command> read(String text) {
        Matcher snooze = SNOOZE.matcher(text);
        if (snooze.matches()) {
            return Optional.of(snooze(said(snooze), false));
        }
        Matcher remindMe = REMIND_ME.matcher(text);
        if (remindMe.matches()) {
            return Optional.of(snooze(said(remindMe), true));
        }
        return Optional.empty();
    }

    private static String said(Matcher matcher) {
        return Optional.ofNullable(matcher.group(1)).orElse("").strip();
    }

    private Command snooze(String said, boolean needsWhen) {
        String rest = FILLER.matcher(said).replaceFirst("").strip();
        List<String> words = new ArrayList<>(Arrays.asList(rest.isEmpty() ? new String[0] : rest.split(" ")));
        Optional<String> code = takeCode(words);
        Optional<Integer> number = code.isPresent() ? Optional.empty()
                : takeNumber(words, NAMED.matcher(said).lookingAt());
        String example = needsWhen ? Examples.REMIND_ME : code.isPresent() ? Examples.SNOOZE_CODE
                : number.isPresent() ? Examples.SNOOZE_NUMBER : Examples.SNOOZE;
        if (number.filter(place -> place < 1).isPresent()) {
            return new Invalid("There is no reminder 0: your \"reminders\" list starts at 1.", example);
        }
        Optional<String> badCode = words.stream().filter(word -> word.startsWith("#")).findFirst();
        if (badCode.isPresent()) {
            return new Invalid("'" + badCode.get() + "' isn't a reminder code: codes are six letters and digits,"
                    + " like #3fa9c1.", Examples.SNOOZE_CODE);
        }
        String when = FILLER.matcher(String.join(" ", words)).replaceFirst("").strip();
        if (when.isEmpty()) {
            return needsWhen
                    ? new Invalid("When should I remind you? Say \"remind me in 2 hours\" or \"remind me tomorrow\".",
                            example)
                    : new SnoozeReminder(code, number, Optional.empty());
        }
        return by(when, example).toCommand(by -> new SnoozeReminder(code, number, by));
    }

    /** The reminder code typed first, or last with its '#', taken out of {@code words}. */
    private static Optional<String> takeCode(List<String> words) {
        if (words.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> first = ReminderReader.code(words.get(0));
        if (first.isPresent()) {
            words.remove(0);
            return first;
        }
        String last = words.get(words.size() - 1);
        if (HASH_CODE.matcher(last).matches()) {
            words.remove(words.size() - 1);
            return ReminderReader.code(last);
        }
        return Optional.empty();
    }

    /**
     * The reminder's number in the "reminders" list, taken out of {@code words}: "#2" first or last, "number 2" or
     * "2" first when a length follows that does not read with the number ("2 2h", "2 for a day", "2 tomorrow"), or a
     * number alone after "reminder".
     */
    private Optional<Integer> takeNumber(List<String> words, boolean named) {
        boolean said = named;
        if (words.size() > 1 && NUMBER_WORD.matcher(words.get(0)).matches() && NUMBER.matcher(words.get(1)).matches()) {
            words.remove(0);
            said = true;
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        Matcher first = NUMBER.matcher(words.get(0));
        if (first.matches() && (words.get(0).startsWith("#") || said && words.size() == 1 || lengthFollows(words))) {
            words.remove(0);
            return Optional.of(Integer.parseInt(first.group(1)));
        }
        Matcher last = HASH_NUMBER.matcher(words.get(words.size() - 1));
        if (last.matches()) {
            words.remove(words.size() - 1);
            return Optional.of(Integer.parseInt(last.group(1)));
        }
        return Optional.empty();
    }

    /** True when the words after the first say when, and all of them together do not ("1 day" is a length). */
    private boolean lengthFollows(List<String> words) {
        String after = FILLER.matcher(String.join(" ", words.subList(1, words.size()))).replaceFirst("").strip();
        return !after.isEmpty() && !saysWhen(String.join(" ", words)) && saysWhen(after);
    }

    /** True when {@code when} reads as a time to come back, right or wrong ("91 days" says when, too far). */
    private boolean saysWhen(String when) {
        Matcher length = LENGTH.matcher(when);
        return NEXT_MORNING.matcher(when).matches() || LATER_ON.matcher(when).matches()
                || length.matches() && lengths.read(length.group(1), Examples.SNOOZE).isPresent();
    }

    /** How far to move the reminder; empty means to the next working morning. */
    private Reading<Optional<Duration>> by(String when, String example) {
        if (NEXT_MORNING.matcher(when).matches()) {
            return Reading.of(Optional.empty());
        }
        if (LATER_ON.matcher(when).matches()) {
            return Reading.of(Optional.of(LATER));
        }
        Matcher length = LENGTH.matcher(when);
        return length.matches()
                ? lengths.read(length.group(1), example).map(found -> found.then(by -> Reading.of(Optional.of(by))))
                        .orElseGet(() -> notALength(when, example))
                : notALength(when, example);
    }

    private static Reading<Optional<Duration>> notALength(String when, String example) {
        if (OWN_REMINDER.matcher(when).matches()) {
            return Reading.invalid("I can't keep reminders of your own yet; I remind you to ask, follow up and thank."
                    + " To put one of mine off, say \"remind me in 2 hours\" or \"remind me tomorrow\".", example);
        }
        return Reading.invalid("I can't tell how long to wait from '" + when + "'. I can put a reminder off by"
                + " minutes, hours or days (up to 90 days), or to your next working morning with \"tomorrow\".",
                example);
    }
}
