package com.referralcoach.core.language;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "import Connections.csv", "import contacts from ~/Downloads/contacts.vcf", "import 'My Contacts.csv'", and
 * "undo import" / "cancel the import" / "remove the last import". The file is kept exactly as typed (its case and
 * inner spaces), quotes around it taken off; read before anything else touches the message.
 */
final class ImportReader {
    private static final Pattern IMPORT = Pattern.compile(
            "(?i)(?:please\\s+)?import\\s+(?:(?:my\\s+)?(?:contacts|connections|people|file)\\s+(?:from\\s+)?)?(.+?)");
    private static final Pattern UNDO = Pattern.compile("(?i)(?:please\\s+)?(?:undo|revert|cancel|remove|take back)"
            + "\\s+(?:the\\s+|my\\s+)?(?:last\\s+|latest\\s+)?(?:contact\\s+)?import(?:\\s+please)?[.!]?");
    private static final Pattern QUOTED = Pattern.compile("[\"'“‘](.+)[\"'”’]");
    /** What names a file: an extension, or a folder in the path ("import duties with Ann" is not a file). */
    private static final Pattern FILE_LIKE = Pattern.compile(".*(?:\\.[A-Za-z0-9]{1,6}|[/\\\\].*)");

    Optional<Command> read(String text) {
        String message = text.strip();
        if (UNDO.matcher(message).matches()) {
            return Optional.of(new UndoImport());
        }
        Matcher asked = IMPORT.matcher(message);
        if (!asked.matches()) {
            return message.equalsIgnoreCase("import") ? Optional.of(new Unknown("import", Examples.IMPORT))
                    : Optional.empty();
        }
        String file = asked.group(1).strip();
        Matcher quoted = QUOTED.matcher(file);
        String named = quoted.matches() ? quoted.group(1).strip() : file;
        return FILE_LIKE.matcher(named).matches() ? Optional.of(new ImportContacts(named)) : Optional.empty();
    }
}
