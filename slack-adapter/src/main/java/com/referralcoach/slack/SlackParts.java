package com.referralcoach.slack;

import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.reply.TextParts;
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
        return TextParts.of(text, max, SlackParts::escapedLength);
    }

    private static int escapedLength(String text) {
        return MrkdwnEscaper.escape(text).length();
    }
}
