package com.referralcoach.core.engine;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns the fields of a platform form (a Slack modal, Discord command options) into the one chat-language line
 * a rep would type, so every adapter's form means exactly what the chat says. Blank fields are left out and
 * each field is folded onto one line.
 */
public final class FormLines {
    private FormLines() {
    }

    /** "meeting with Jane Doe (Acme) ends 15:30 about renewal"; with no end, "met Jane Doe at Acme about renewal". */
    public static String meeting(String person, Optional<String> company, Optional<String> ends,
                                 Optional<String> topic) {
        Optional<String> at = clean(company);
        Optional<String> end = clean(ends);
        String who = oneLine(person);
        String line = end.isPresent()
                ? "meeting with " + who + at.map(c -> " (" + c + ")").orElse("") + " ends " + end.get()
                : "met " + who + at.map(c -> " at " + c).orElse("");
        return line + clean(topic).map(t -> " about " + t).orElse("");
    }

    /** "referral from Jane Doe: Tom Lee (Globex) tom@globex.com +1 555 0100 - needs CRM help". */
    public static String referral(String referrer, String lead, Optional<String> company, List<String> contact,
                                  Optional<String> need) {
        String details = contact.stream().map(FormLines::oneLine).filter(s -> !s.isEmpty())
                .map(s -> " " + s).collect(Collectors.joining());
        return "referral from " + oneLine(referrer) + ": " + oneLine(lead)
                + clean(company).map(c -> " (" + c + ")").orElse("") + details
                + clean(need).map(n -> " - " + n).orElse("");
    }

    private static Optional<String> clean(Optional<String> field) {
        return field.map(FormLines::oneLine).filter(s -> !s.isEmpty());
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
