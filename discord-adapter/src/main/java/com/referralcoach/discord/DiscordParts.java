package com.referralcoach.discord;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a channel post's text (a big team's digest), already escaped for markdown, into parts that fit the
 * description of one embed each (4,096 characters; a message's embeds hold 6,000 at most): whole lines, and a single
 * longer line cut at a space, never inside an escape or a surrogate pair.
 */
final class DiscordParts {
    private DiscordParts() {
    }

    static List<String> of(String escaped, int max) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        int lines = 0;
        for (String line : escaped.split("\n", -1)) {
            for (String piece : pieces(line, max)) {
                if (lines > 0 && part.length() + 1 + piece.length() > max) {
                    parts.add(part.toString());
                    part.setLength(0);
                    lines = 0;
                }
                part.append(lines == 0 ? "" : "\n").append(piece);
                lines++;
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private static List<String> pieces(String line, int max) {
        List<String> pieces = new ArrayList<>();
        String rest = line;
        while (rest.length() > max) {
            int end = max;
            while (end > 1 && (Character.isLowSurrogate(rest.charAt(end)) || rest.charAt(end - 1) == '\\')) {
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
}
