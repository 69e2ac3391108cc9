package com.referralcoach.core.language;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "export", "export my data", "download everything", "export all my contacts and meetings", "export team East",
 * "export data for team East". Anything after "export" that is not one of these is left to the other readers
 * ("export licensing came up with Jane Doe" is a meeting).
 */
final class ExportReader {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String PLEASE = "(?:(?:please|pls|can you|could you)\\s+)?";
    private static final Pattern MINE = Pattern.compile("^" + PLEASE + "(?:export|download)(?:\\s+(?:(?:all\\s+)?(?:of\\s+)?"
            + "(?:my|the)\\s+)?(?:data|stuff|records|everything|all|contacts(?:\\s+and\\s+meetings)?)"
            + "(?:\\s+(?:as\\s+(?:a\\s+)?)?(?:zip|csv|json))?)?(?:\\s+please)?[.!?]*$", FLAGS);
    private static final Pattern TEAM = Pattern.compile("^" + PLEASE + "(?:export|download)\\s+(?:(?:all\\s+)?(?:the\\s+)?"
            + "data\\s+(?:of|for)\\s+)?(?:the\\s+)?team\\s+(.+?)(?:'s\\s+data)?(?:\\s+please)?[.!?]*$", FLAGS);
    private static final Pattern TEAM_NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} .&'-]{0,39}");

    Optional<Command> read(String text) {
        String message = text.strip();
        if (MINE.matcher(message).matches()) {
            return Optional.of(new ExportData(Optional.empty()));
        }
        Matcher team = TEAM.matcher(message);
        if (team.matches()) {
            String name = team.group(1).strip();
            return Optional.of(TEAM_NAME.matcher(name).matches() ? new ExportData(Optional.of(name))
                    : new Invalid("I couldn't read the team's name in that.", Examples.EXPORT_TEAM));
        }
        return Optional.empty();
    }
}
