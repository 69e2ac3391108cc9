package com.referralcoach.slack;

import com.slack.api.model.view.ViewState;
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
        String person = value(values, "person");
        String company = value(values, "company");
        String topic = value(values, "topic");
        String end = value(values, "end");
        StringBuilder line = new StringBuilder();
        if (end.isEmpty()) {
            line.append("met ").append(person).append(company.isEmpty() ? "" : " at " + company);
        } else {
            line.append("meeting with ").append(person).append(company.isEmpty() ? "" : " (" + company + ")")
                    .append(" ends ").append(end);
        }
        return line.append(topic.isEmpty() ? "" : " about " + topic).toString();
    }

    private static String referral(Map<String, Map<String, ViewState.Value>> values) {
        StringBuilder line = new StringBuilder("referral from ").append(value(values, "referrer")).append(": ")
                .append(value(values, "lead"));
        String company = value(values, "company");
        line.append(company.isEmpty() ? "" : " (" + company + ")");
        for (String detail : new String[] {value(values, "email"), value(values, "phone")}) {
            line.append(detail.isEmpty() ? "" : " " + detail);
        }
        String need = value(values, "need");
        return line.append(need.isEmpty() ? "" : " - " + need).toString();
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
