package com.referralcoach.slack;

/**
 * Makes plain text safe inside Slack mrkdwn: {@code &}, {@code <} and {@code >} become entities, so a name like
 * {@code <!channel>} or {@code <@U123>} is shown literally and pings nobody.
 */
final class MrkdwnEscaper {
    private MrkdwnEscaper() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
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
        return cut;
    }
}
