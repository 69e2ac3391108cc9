package com.referralcoach.slack;

import com.referralcoach.core.language.Command;
import com.referralcoach.core.language.FormReadings;
import com.slack.api.model.view.ViewState;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A submitted /coach form: the meeting and referral forms' fields become a typed command through
 * {@link FormReadings}, read once the rep's local time is known and never turned into chat text; only the finished
 * line of a template button is chat text.
 */
final class ModalForms {
    private final FormReadings forms;

    ModalForms(FormReadings forms) {
        this.forms = forms;
    }

    /** The command of a meeting or referral form; empty for any other form. */
    Optional<Function<ZonedDateTime, Command>> typed(String callbackId, ViewState state) {
        Map<String, Map<String, ViewState.Value>> values = values(state);
        return switch (callbackId) {
            case CoachModals.MEETING -> Optional.of(now -> meeting(values, now));
            case CoachModals.REFERRAL -> Optional.of(now -> forms.referral(value(values, "referrer"),
                    value(values, "lead"), field(values, "company"),
                    List.of(value(values, "email"), value(values, "phone")), field(values, "need")));
            default -> Optional.empty();
        };
    }

    /** The line a rep finished in the template form; empty for any other form or an empty line. */
    static Optional<String> line(String callbackId, ViewState state) {
        return CoachModals.COMPLETE.equals(callbackId)
                ? Optional.of(value(values(state), "message")).filter(s -> !s.isBlank()) : Optional.empty();
    }

    /** The end comes from a time picker ("HH:mm", a 24-hour clock); anything else is read as a typed end. */
    private Command meeting(Map<String, Map<String, ViewState.Value>> values, ZonedDateTime now) {
        Optional<String> end = field(values, "end");
        String person = value(values, "person");
        try {
            return forms.meetingEndingAt(person, field(values, "company"), field(values, "topic"),
                    end.map(LocalTime::parse), now);
        } catch (DateTimeParseException notPicked) {
            return forms.meeting(person, field(values, "company"), field(values, "topic"), end, now);
        }
    }

    private static Map<String, Map<String, ViewState.Value>> values(ViewState state) {
        return state == null || state.getValues() == null ? Map.of() : state.getValues();
    }

    private static Optional<String> field(Map<String, Map<String, ViewState.Value>> values, String blockId) {
        return Optional.of(value(values, blockId)).filter(s -> !s.isBlank());
    }

    /** The text of one input as typed; a time picker's "HH:mm". */
    private static String value(Map<String, Map<String, ViewState.Value>> values, String blockId) {
        ViewState.Value value = values.getOrDefault(blockId, Map.of()).get(CoachModals.VALUE);
        if (value == null) {
            return "";
        }
        String text = value.getSelectedTime() != null ? value.getSelectedTime() : value.getValue();
        return text == null ? "" : text;
    }
}
