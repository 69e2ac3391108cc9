package com.referralcoach.core.language;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the look-up commands: "help", "pipeline", "contact Jane Doe", "who is Jane Doe". */
final class ViewReader {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL;
    private static final Pattern HELP = Pattern.compile("^(?:show\\s+)?(?:help|\\?+)(?:\\s+(?:on\\s+|with\\s+)?(.+?))?[\\s?!.]*$", FLAGS);
    private static final Pattern PIPELINE = Pattern.compile(
            "^(?:show\\s+)?(?:me\\s+)?(?:my\\s+)?(?:pipeline|leads|open\\s+leads)[\\s?!.]*$", FLAGS);
    private static final Pattern CONTACT = Pattern.compile(
            "^(?:contact|show|who\\s+is|who['’]s|lookup|look\\s+up)\\s+(.+?)\\s*\\?*$", FLAGS);

    private final PersonReader people = new PersonReader();

    Optional<Command> read(String text) {
        Matcher help = HELP.matcher(text);
        if (help.matches()) {
            return Optional.of(new ShowHelp(Optional.ofNullable(help.group(1)).map(String::strip)));
        }
        if (PIPELINE.matcher(text).matches()) {
            return Optional.of(new ShowPipeline());
        }
        Matcher contact = CONTACT.matcher(text);
        if (contact.matches()) {
            return Optional.of(people.read(contact.group(1), Examples.CONTACT).toCommand(ShowContact::new));
        }
        return Optional.empty();
    }
}
