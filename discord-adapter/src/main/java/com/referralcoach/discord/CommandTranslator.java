package com.referralcoach.discord;

import com.referralcoach.core.engine.FilledForm;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a typed slash command's options (or the referral form's fields) into a {@link FilledForm} the engine reads
 * field by field; nothing is turned into chat text, so a name like "Ann about Lo" stays a name. /coach is the chat
 * itself and is not translated.
 */
final class CommandTranslator {
    private CommandTranslator() {
    }

    /** The form a slash command's options fill in; empty for /coach or a command we don't know. */
    static Optional<FilledForm> translate(String command, Function<String, Optional<String>> option) {
        return switch (command) {
            case SlashCommands.MEETING -> Optional.of(FilledForm.meeting(required(option, "person"),
                    option.apply("company"), option.apply("topic"), option.apply("ends")));
            case SlashCommands.REFERRAL -> referral(option);
            case SlashCommands.LEAD -> Optional.of(FilledForm.leadStage(required(option, "name"),
                    required(option, "stage"), option.apply("amount")));
            case SlashCommands.PIPELINE -> Optional.of(FilledForm.pipeline());
            case SlashCommands.TIME_ZONE -> Optional.of(FilledForm.timeZone(required(option, "zone")));
            default -> Optional.empty();
        };
    }

    /** The referral in a form's fields or the command's options; empty when who or whom is missing. */
    static Optional<FilledForm> referral(Function<String, Optional<String>> field) {
        Optional<String> from = field.apply(Forms.FROM);
        Optional<String> lead = field.apply(Forms.LEAD);
        if (from.isEmpty() || lead.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(FilledForm.referral(from.get(), lead.get(), field.apply(Forms.COMPANY),
                field.apply(Forms.CONTACT).stream().toList(), field.apply(Forms.NOTE)));
    }

    private static String required(Function<String, Optional<String>> option, String name) {
        return option.apply(name).orElse("");
    }
}
