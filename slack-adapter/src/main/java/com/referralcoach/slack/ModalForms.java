package com.referralcoach.slack;

import com.referralcoach.core.engine.FilledForm;
import com.slack.api.model.view.ViewState;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A submitted /coach form: the meeting and referral forms' fields become a {@link FilledForm} the engine reads field by
 * field, never chat text; only the finished line of a template button is chat text.
 */
final class ModalForms {
    private ModalForms() {
    }

    /** The meeting or referral form as filled in; empty for any other form. */
    static Optional<FilledForm> typed(String callbackId, ViewState state) {
        Map<String, Map<String, ViewState.Value>> values = values(state);
        return switch (callbackId) {
            case CoachModals.MEETING -> Optional.of(meeting(values));
            case CoachModals.REFERRAL -> Optional.of(FilledForm.referral(value(values, "referrer"),
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
    private static FilledForm meeting(Map<String, Map<String, ViewState.Value>> values) {
        Optional<String> end = field(values, "end");
        String person = value(values, "person");
        try {
            return FilledForm.meetingEndingAt(person, field(values, "company"), field(values, "topic"),
                    end.map(LocalTime::parse));
        } catch (DateTimeParseException notPicked) {
            return FilledForm.meeting(person, field(values, "company"), field(values, "topic"), end);
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
