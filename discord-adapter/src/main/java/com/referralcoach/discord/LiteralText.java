package com.referralcoach.discord;

import java.util.regex.Pattern;

/**
 * Text shown on Discord exactly as it was typed: every character Discord would read as markdown is escaped with a
 * backslash, so a member's {@code [Mona Mask](https://evil.example/claim)} shows as typed instead of as a link
 * hiding its address. JDA's {@code MarkdownSanitizer} covers emphasis, code, spoilers and quotes but not masked
 * links, headings, subtext or a typed backslash, hence this.
 */
final class LiteralText {
    /** Markdown wherever it stands: emphasis, strike, code, spoilers, masked links, and the escaping backslash. */
    private static final Pattern ANYWHERE = Pattern.compile("[\\\\*_~`|\\[\\]]");
    /** Markdown that opens a line: block quotes ({@code >}, {@code >>>}), headings ({@code #} to {@code ###}), subtext. */
    private static final Pattern LINE_START = Pattern.compile("(?m)^([ \\t]*)(>|#{1,3}[ \\t]|-#[ \\t])");

    private LiteralText() {
    }

    static String of(String text) {
        String escaped = ANYWHERE.matcher(text).replaceAll("\\\\$0");
        return LINE_START.matcher(escaped).replaceAll("$1\\\\$2");
    }
}
