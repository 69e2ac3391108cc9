package com.referralcoach.discord;

import com.referralcoach.core.language.Command;
import com.referralcoach.core.language.FormReadings;
import com.referralcoach.core.language.ShowPipeline;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a typed slash command's options (or the referral form's fields) into the engine's typed command, read once
 * the member's local time is known; nothing is turned into chat text, so a name like "Ann about Lo" stays a name.
 * /coach is the chat itself and is not translated.
 */
final class CommandTranslator {
    private final FormReadings forms;

    CommandTranslator(FormReadings forms) {
        this.forms = forms;
    }

    /** The command for a slash command, given its options by name; empty for /coach or a command we don't know. */
    Optional<Function<ZonedDateTime, Command>> translate(String command, Function<String, Optional<String>> option) {
        return switch (command) {
            case SlashCommands.MEETING -> Optional.of(now -> forms.meeting(required(option, "person"),
                    option.apply("company"), option.apply("topic"), option.apply("ends"), now));
            case SlashCommands.REFERRAL -> referral(option);
            case SlashCommands.LEAD -> Optional.of(now -> forms.leadStage(required(option, "name"),
                    required(option, "stage"), option.apply("amount")));
            case SlashCommands.PIPELINE -> Optional.of(now -> new ShowPipeline());
            case SlashCommands.TIME_ZONE -> Optional.of(now -> forms.timeZone(required(option, "zone")));
            default -> Optional.empty();
        };
    }

    /** The referral in a form's fields or the command's options; empty when who or whom is missing. */
    Optional<Function<ZonedDateTime, Command>> referral(Function<String, Optional<String>> field) {
        Optional<String> from = field.apply(Forms.FROM);
        Optional<String> lead = field.apply(Forms.LEAD);
        if (from.isEmpty() || lead.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(now -> forms.referral(from.get(), lead.get(), field.apply(Forms.COMPANY),
                field.apply(Forms.CONTACT).stream().toList(), field.apply(Forms.NOTE)));
    }

    private static String required(Function<String, Optional<String>> option, String name) {
        return option.apply(name).orElse("");
    }
}
