package com.referralcoach.slack;

/**
 * Makes plain text safe inside Slack mrkdwn: {@code &}, {@code <} and {@code >} become entities, so a name like
 * {@code <!channel>}, {@code <@U123>} or {@code <https://evil.example|Mona>} is shown literally and pings or links
 * nobody. Mrkdwn has no escape for its formatting marks ({@code * _ ~ `}), so each gets a zero-width space before it:
 * a mark that does not start a word opens no bold, italics, strike or code, and the text reads the same. (The
 * renderer also marks every text {@code verbatim}, so a typed URL or #channel is not made a link either.) A channel
 * link ({@code <#C1|sales>}, kept from the rep's message so a digest knows its channel's id) stays a link: it notifies
 * no one.
 */
final class MrkdwnEscaper {
    private static final java.util.regex.Pattern CHANNEL_LINK =
            java.util.regex.Pattern.compile("<#[CG][A-Z0-9]{1,40}(?:\\|[a-z0-9_-]{0,80})?>");

    /** Put before each formatting mark. */
    static final char NEUTRAL = '\u200B';

    private MrkdwnEscaper() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        java.util.regex.Matcher link = CHANNEL_LINK.matcher(text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<' && link.region(i, text.length()).lookingAt()) {
                out.append(link.group());
                i = link.end() - 1;
                continue;
            }
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '*', '_', '~', '`' -> out.append(NEUTRAL).append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Cuts escaped text to at most {@code max} characters without splitting an entity or a surrogate pair,
     * preferring a line break, then a space, in the last quarter.
     */
    static int cutPoint(String escaped, int max) {
        if (escaped.length() <= max) {
            return escaped.length();
        }
        int floor = max - max / 4;
        int newline = escaped.lastIndexOf('\n', max - 1);
        if (newline >= floor) {
            return newline + 1;
        }
        int space = escaped.lastIndexOf(' ', max - 1);
        if (space >= floor) {
            return space + 1;
        }
        int cut = max;
        int amp = escaped.lastIndexOf('&', cut - 1);
        if (amp >= 0 && amp >= cut - 5 && escaped.indexOf(';', amp) >= cut) {
            cut = amp;
        }
        if (Character.isLowSurrogate(escaped.charAt(cut))) {
            cut--;
        }
        if (cut > 0 && escaped.charAt(cut - 1) == NEUTRAL) {
            cut--; // the mark stays with its zero-width space
        }
        return cut;
    }
}
