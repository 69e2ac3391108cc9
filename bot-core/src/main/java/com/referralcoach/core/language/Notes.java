package com.referralcoach.core.language;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits "Jane Doe - she'll think about it" into the person part and the rep's note. */
final class Notes {
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[—–]+\\s*|\\s+-+\\s+|:\\s+|,\\s+");
    private static final Pattern LEADING = Pattern.compile("^[\\s\\-—–:,;]+");

    /** The text before the first separator, and what follows it as a note. */
    record Split(String head, Optional<String> note) {
    }

    private Notes() {
    }

    /** Separators inside brackets or double quotes, as in "Jane Doe (Acme, Berlin)", do not count. */
    static Split split(String text) {
        Matcher separator = SEPARATOR.matcher(text);
        while (separator.find()) {
            if (!enclosed(text, separator.start())) {
                return new Split(text.substring(0, separator.start()).strip(), note(text.substring(separator.end())));
            }
        }
        return new Split(text.strip(), Optional.empty());
    }

    private static boolean enclosed(String text, int position) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < position; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
        return quoted || depth > 0;
    }

    /** The text as a note once leading separators are gone; empty when nothing is left. */
    static Optional<String> note(String text) {
        String note = LEADING.matcher(text).replaceFirst("").strip();
        return note.isEmpty() ? Optional.empty() : Optional.of(note);
    }
}
