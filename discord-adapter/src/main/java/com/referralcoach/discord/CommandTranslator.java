package com.referralcoach.discord;

import com.referralcoach.core.engine.FormLines;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a typed command's options (or a form's fields) into the one chat-language line the engine reads, so the
 * engine decides everything and /meeting means exactly what "meeting with ..." means in chat.
 */
final class CommandTranslator {
    private CommandTranslator() {
    }

    /** The chat line for a slash command, given its options by name; empty for a command we don't know. */
    static Optional<String> translate(String command, Function<String, Optional<String>> option) {
        return switch (command) {
            case SlashCommands.COACH -> option.apply("text");
            case SlashCommands.MEETING -> Optional.of(FormLines.meeting(required(option, "person"),
                    option.apply("company"), option.apply("ends"), option.apply("topic")));
            case SlashCommands.REFERRAL -> referral(option);
            case SlashCommands.LEAD -> Optional.of(lead(option));
            case SlashCommands.PIPELINE -> Optional.of("pipeline");
            case SlashCommands.TIME_ZONE -> Optional.of("tz " + required(option, "zone"));
            default -> Optional.empty();
        };
    }

    /** "referral from Jane Doe: Tom Lee (Globex) tom@globex.com - note"; empty when who or whom is missing. */
    static Optional<String> referral(Function<String, Optional<String>> field) {
        Optional<String> from = field.apply(Forms.FROM);
        Optional<String> lead = field.apply(Forms.LEAD);
        if (from.isEmpty() || lead.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(FormLines.referral(from.get(), lead.get(), field.apply(Forms.COMPANY),
                field.apply(Forms.CONTACT).stream().toList(), field.apply(Forms.NOTE)));
    }

    private static String lead(Function<String, Optional<String>> option) {
        String stage = required(option, "stage");
        Optional<String> amount = stage.equals("won") ? option.apply("amount") : Optional.empty();
        return required(option, "name") + " " + stage + amount.map(won -> " " + won).orElse("");
    }

    private static String required(Function<String, Optional<String>> option, String name) {
        return option.apply(name).map(CommandTranslator::oneLine).orElse("");
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
