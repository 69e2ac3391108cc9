package com.referralcoach.core.language;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what a rep says about reminders: "reminders", "cancel reminder 3", "cancel #3fa9c1". */
final class ReminderReader {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL;
    private static final Pattern LIST = Pattern.compile("(?:(?:show|list|see|view)\\s+)?(?:me\\s+)?(?:all\\s+)?"
            + "(?:my\\s+)?(?:upcoming\\s+)?reminders?(?:\\s+list)?[\\s?!]*"
            + "|what(?:['’]?s|\\s+is|\\s+have\\s+i\\s+got)\\s+coming(?:\\s+up)?[\\s?!]*"
            + "|(?:show\\s+)?upcoming[\\s?!]*", FLAGS);
    private static final String CANCEL = "^(?:cancel|delete|remove|drop)\\s+";
    private static final Pattern CANCEL_REMINDER = Pattern.compile(
            CANCEL + "(?:the\\s+|my\\s+)?reminders?(?:\\s+(?:no\\.?|number|nr\\.?))?(?:\\s+(.*))?$", FLAGS);
    private static final Pattern CANCEL_REFERENCE = Pattern.compile(
            CANCEL + "(?:no\\.?\\s*|number\\s+)?(#?[0-9a-f]{6}|#?\\d{1,4})$", FLAGS);
    private static final Pattern CODE = Pattern.compile("#?([0-9a-f]{6})", FLAGS);
    private static final Pattern NUMBER = Pattern.compile("#?(\\d{1,4})");
    private static final int NO_PLACE = 0;

    private final SnoozeReader snoozes = new SnoozeReader();

    Optional<Command> read(String text) {
        if (LIST.matcher(text).matches()) {
            return Optional.of(new ListReminders());
        }
        Matcher reminder = CANCEL_REMINDER.matcher(text);
        if (reminder.matches()) {
            return Optional.of(cancel(Optional.ofNullable(reminder.group(1)).map(String::strip).orElse("")));
        }
        Matcher reference = CANCEL_REFERENCE.matcher(text);
        if (reference.matches()) {
            return Optional.of(cancel(reference.group(1)));
        }
        return snoozes.read(text);
    }

    private static Command cancel(String reference) {
        if (reference.isEmpty()) {
            return new Invalid("Which reminder? Give its number in your \"reminders\" list or its code.",
                    Examples.CANCEL);
        }
        Matcher code = CODE.matcher(reference);
        if (code.matches()) {
            return new CancelReminder(code.group(1).toLowerCase(Locale.ROOT));
        }
        Matcher number = NUMBER.matcher(reference);
        if (number.matches() && Integer.parseInt(number.group(1)) > NO_PLACE) {
            return new CancelReminder(String.valueOf(Integer.parseInt(number.group(1))));
        }
        return new Invalid("'" + reference + "' is neither a number from your \"reminders\" list nor a reminder code"
                + " like #3fa9c1.", Examples.CANCEL);
    }

    /** A reminder code as a rep types it, "#3fa9c1" or "3FA9C1", in the lower case the bot shows. */
    static Optional<String> code(String token) {
        Matcher code = CODE.matcher(token);
        return code.matches() ? Optional.of(code.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
