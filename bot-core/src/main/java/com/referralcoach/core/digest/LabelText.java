package com.referralcoach.core.digest;

import java.text.BreakIterator;
import java.util.Locale;

/** User text made fit for a chart label: one line, no direction overrides, cut to a number of characters. */
final class LabelText {
    private static final String ELLIPSIS = "\u2026";

    private LabelText() {
    }

    /** {@code text} on one line, at most {@code max} user-perceived characters (the last one an ellipsis if cut). */
    static String fit(String text, int max) {
        String line = oneLine(text == null ? "" : text);
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(line);
        int cut = 0;
        int count = 0;
        for (int end = characters.next(); end != BreakIterator.DONE; end = characters.next()) {
            count++;
            if (count == max - 1) {
                cut = end;
            } else if (count > max) {
                return line.substring(0, cut).strip() + ELLIPSIS;
            }
        }
        return line;
    }

    private static String oneLine(String text) {
        StringBuilder line = new StringBuilder(Math.min(text.length(), 400));
        text.codePoints().limit(400).forEach(c -> {
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                line.append(' ');
            } else if (!isDirectionControl(c) && Character.isDefined(c) && !Character.isSurrogate((char) c)) {
                line.appendCodePoint(c);
            }
        });
        return line.toString().replaceAll(" {2,}", " ").strip();
    }

    /** Embedding, override and isolate marks, which would flip the text drawn after a name. */
    private static boolean isDirectionControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
