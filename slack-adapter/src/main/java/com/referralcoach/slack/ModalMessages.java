package com.referralcoach.slack;

import com.referralcoach.core.engine.FormLines;
import com.slack.api.model.view.ViewState;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a submitted /coach form into one line of the chat language, so the engine reads it like anything
 * the rep types: "meeting with Jane Doe (Acme) ends 15:30 about renewal",
 * "referral from Jane Doe: Tom Lee (Globex) tom@globex.com +1 555 0100 - needs CRM help".
 */
final class ModalMessages {
    private ModalMessages() {
    }

    static Optional<String> from(String callbackId, ViewState state) {
        Map<String, Map<String, ViewState.Value>> values = state == null || state.getValues() == null
                ? Map.of() : state.getValues();
        return switch (callbackId) {
            case CoachModals.MEETING -> Optional.of(meeting(values));
            case CoachModals.REFERRAL -> Optional.of(referral(values));
            case CoachModals.COMPLETE -> Optional.of(value(values, "message")).filter(s -> !s.isEmpty());
            default -> Optional.empty();
        };
    }

    private static String meeting(Map<String, Map<String, ViewState.Value>> values) {
        return FormLines.meeting(value(values, "person"), field(values, "company"), field(values, "end"),
                field(values, "topic"));
    }

    private static String referral(Map<String, Map<String, ViewState.Value>> values) {
        return FormLines.referral(value(values, "referrer"), value(values, "lead"), field(values, "company"),
                List.of(value(values, "email"), value(values, "phone")), field(values, "need"));
    }

    private static Optional<String> field(Map<String, Map<String, ViewState.Value>> values, String blockId) {
        return Optional.of(value(values, blockId)).filter(s -> !s.isEmpty());
    }

    /** The text of one input, single-lined and trimmed; a time picker's "HH:mm". */
    private static String value(Map<String, Map<String, ViewState.Value>> values, String blockId) {
        ViewState.Value value = values.getOrDefault(blockId, Map.of()).get(CoachModals.VALUE);
        if (value == null) {
            return "";
        }
        String text = value.getSelectedTime() != null ? value.getSelectedTime() : value.getValue();
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
