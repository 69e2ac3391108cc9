package com.referralcoach.core.language;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads "my manager is <@U123ABC>", "my manager is @dana", "manager: Dana Smith", "set my manager to Dana"; the
 * handle is kept as typed. "is", "to", ':' or '=' is required, so "manager meeting with ..." is not a setting.
 */
final class ManagerReader {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL;
    private static final Pattern SETTING = Pattern.compile("^(?:(?:set|change)\\s+)?(?:my\\s+)?(?:sales\\s+)?manager"
            + "(?:\\s+(?:is|to)(?![\\p{L}\\p{N}])|\\s*[:=])\\s*(.*?)\\s*$", FLAGS);
    private static final int LONGEST = 100;

    Optional<Command> read(String text) {
        Matcher setting = SETTING.matcher(text);
        if (!setting.matches()) {
            return Optional.empty();
        }
        String manager = setting.group(1);
        if (manager.isEmpty()) {
            return Optional.of(new Invalid("Who is your manager? Mention them or give their name.", Examples.MANAGER));
        }
        if (manager.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return Optional.of(new Invalid("'" + manager + "' doesn't look like a person: it has no letters or digits.",
                    Examples.MANAGER));
        }
        if (manager.length() > LONGEST) {
            return Optional.of(new Invalid("That is longer than " + LONGEST + " characters.", Examples.MANAGER));
        }
        return Optional.of(new SetManager(manager));
    }
}
