package com.referralcoach.slack;

import com.referralcoach.core.reply.Reply;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a long reply (a big team's digest) into parts Slack takes as one message each, posted in a row. Slack
 * refuses a message whose blocks hold more than about 12,000 characters of text in all (msg_blocks_too_long,
 * below the 40,000 of the text field), so a part holds whole lines up to {@link #PART_TEXT} characters once
 * escaped; a single longer line is cut at a space. The fields and buttons go with the last part.
 */
final class SlackParts {
    static final int PART_TEXT = 9_000;

    private SlackParts() {
    }

    static List<Reply> of(Reply reply) {
        List<String> texts = texts(reply.text().strip(), PART_TEXT);
        if (texts.size() == 1) {
            return List.of(reply);
        }
        List<Reply> parts = new ArrayList<>();
        texts.subList(0, texts.size() - 1).forEach(text -> parts.add(Reply.of(text)));
        parts.add(new Reply(texts.get(texts.size() - 1), reply.fields(), reply.actions()));
        return parts;
    }

    /** The text in pieces of whole lines, each at most {@code max} characters once escaped for mrkdwn. */
    static List<String> texts(String text, int max) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        int size = 0;
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            for (String piece : pieces(line, max)) {
                int cost = escapedLength(piece) + (lines == 0 ? 0 : 1);
                if (lines > 0 && size + cost > max) {
                    parts.add(part.toString());
                    part.setLength(0);
                    size = 0;
                    lines = 0;
                    cost = escapedLength(piece);
                }
                part.append(lines == 0 ? "" : "\n").append(piece);
                size += cost;
                lines++;
            }
        }
        parts.add(part.toString());
        return parts;
    }

    /** A line as it is, or cut at spaces (else anywhere but inside a surrogate pair) into pieces that fit. */
    private static List<String> pieces(String line, int max) {
        List<String> pieces = new ArrayList<>();
        String rest = line;
        while (escapedLength(rest) > max) {
            int end = 0;
            int size = 0;
            while (size + escapedLength(rest.substring(end, end + 1)) <= max) {
                size += escapedLength(rest.substring(end, end + 1));
                end++;
            }
            if (Character.isLowSurrogate(rest.charAt(end))) {
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

    private static int escapedLength(String text) {
        return MrkdwnEscaper.escape(text).length();
    }
}
