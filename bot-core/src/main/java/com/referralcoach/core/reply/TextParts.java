package com.referralcoach.core.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Splits a long text (a big team's digest) into parts of whole lines, each at most {@code max} characters as the
 * platform counts them ({@code size}: the length once escaped for it); a single longer line is cut at a space, else
 * anywhere but inside a surrogate pair. Adapters post the parts as messages in a row, so no line is ever lost.
 */
public final class TextParts {
    private TextParts() {
    }

    public static List<String> of(String text, int max, ToIntFunction<String> size) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        int used = 0;
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            for (String piece : pieces(line, max, size)) {
                int cost = size.applyAsInt(piece) + (lines == 0 ? 0 : 1);
                if (lines > 0 && used + cost > max) {
                    parts.add(part.toString());
                    part.setLength(0);
                    used = 0;
                    lines = 0;
                    cost = size.applyAsInt(piece);
                }
                part.append(lines == 0 ? "" : "\n").append(piece);
                used += cost;
                lines++;
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private static List<String> pieces(String line, int max, ToIntFunction<String> size) {
        List<String> pieces = new ArrayList<>();
        String rest = line;
        while (size.applyAsInt(rest) > max) {
            int end = longestFitting(rest, max, size);
            if (end < rest.length() && Character.isLowSurrogate(rest.charAt(end)) && end > 1) {
                end--;
            }
            int space = rest.lastIndexOf(' ', end - 1);
            int cut = space > end / 2 ? space + 1 : end;
            pieces.add(rest.substring(0, cut));
            rest = rest.substring(cut);
        }
        pieces.add(rest);
        return pieces;
    }

    /**
     * The length of the longest start of {@code text} that fits (at least one character). Measured as a whole, since
     * an escaper may treat a character by its context ("*Doe*" escapes both stars, a lone "*" neither); a longer start
     * never measures less, so a binary search finds it.
     */
    private static int longestFitting(String text, int max, ToIntFunction<String> size) {
        int low = 1;
        int high = text.length();
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (size.applyAsInt(text.substring(0, middle)) <= max) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }
}
