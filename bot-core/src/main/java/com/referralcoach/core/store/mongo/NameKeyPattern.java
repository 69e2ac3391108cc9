package com.referralcoach.core.store.mongo;

/**
 * The regular expression that finds a name key and its longer forms: "jane" matches "jane" and
 * "jane doe", never "janet". The key is escaped by hand so that it is matched literally and the
 * pattern stays an anchored prefix, which real MongoDB answers from the {ws, key} index.
 */
final class NameKeyPattern {
    private static final String METACHARACTERS = "\\^$.|?*+()[]{}#-/";

    private NameKeyPattern() {
    }

    static String wholeWordsPrefix(String nameKey) {
        return "^" + literal(nameKey) + "(?: |\\z)";
    }

    /** The key's first word: every key {@link #wholeWordsPrefix} matches starts with the same one. */
    static String firstWord(String nameKey) {
        int space = nameKey.indexOf(' ');
        return space < 0 ? nameKey : nameKey.substring(0, space);
    }

    static String literal(String text) {
        StringBuilder pattern = new StringBuilder(text.length() + 8);
        text.chars().forEach(c -> append(pattern, (char) c));
        return pattern.toString();
    }

    private static void append(StringBuilder pattern, char c) {
        if (c < 0x20 || c == 0x7f) {
            pattern.append(String.format("\\x%02x", (int) c));
        } else if (METACHARACTERS.indexOf(c) >= 0) {
            pattern.append('\\').append(c);
        } else {
            pattern.append(c);
        }
    }
}
