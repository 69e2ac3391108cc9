package com.referralcoach.discord;

import com.referralcoach.core.reply.TextParts;
import java.util.List;

/**
 * Splits a channel post's text (a big team's digest) into parts that fit the description of one embed each
 * (4,096 characters once escaped for markdown; a message's embeds hold 6,000 at most): whole lines ({@link TextParts}),
 * escaped part by part, so a cut never falls inside an escape.
 */
final class DiscordParts {
    private DiscordParts() {
    }

    /** The parts of {@code text}, each escaped and at most {@code max} characters long. */
    static List<String> of(String text, int max) {
        return TextParts.of(text, max, part -> DiscordRenderer.literal(part).length()).stream()
                .map(DiscordRenderer::literal).toList();
    }
}
