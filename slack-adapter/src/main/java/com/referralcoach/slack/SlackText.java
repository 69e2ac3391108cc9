package com.referralcoach.slack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of a Slack message as the rep meant it: Slack's markup ({@code <@U1>}, {@code <!here>},
 * {@code <https://x|label>}) becomes plain words and {@code &lt; &gt; &amp;} become characters. A channel
 * mention ({@code <#C1|sales>}) stays as it is: the chat language reads the channel's id from it (a digest is posted
 * to the channel by id; its name alone does not reach it).
 */
final class SlackText {
    private static final Pattern MARKUP = Pattern.compile("<([^<>]*)>");

    private SlackText() {
    }

    static String plain(String slackText) {
        if (slackText == null) {
            return "";
        }
        Matcher matcher = MARKUP.matcher(slackText);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(readable(matcher.group(1))));
        }
        matcher.appendTail(out);
        return out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip();
    }

    /** The text with every mention of {@code botUserId} taken out. */
    static String withoutMention(String slackText, String botUserId) {
        if (slackText == null || botUserId == null) {
            return slackText;
        }
        return slackText.replaceAll("<@" + Pattern.quote(botUserId) + "(\\|[^>]*)?>", " ");
    }

    private static String readable(String inside) {
        int bar = inside.indexOf('|');
        String target = bar < 0 ? inside : inside.substring(0, bar);
        String label = bar < 0 ? "" : inside.substring(bar + 1);
        if (target.startsWith("@")) {
            return "@" + (label.isEmpty() ? target.substring(1) : label);
        }
        if (target.startsWith("#")) {
            return "<" + inside + ">";
        }
        if (target.startsWith("!")) {
            String special = target.substring(1);
            return label.isEmpty() ? "@" + special.split("\\^")[0] : label;
        }
        return label.isEmpty() || pastedLink(target, label) ? target : label;
    }

    /**
     * Slack labels a pasted link with the link itself, without its scheme and cut short with "…" when long: the rep
     * wrote the link (a calendar feed's, say), so it is kept whole. A link with words of its own reads as the words.
     */
    private static boolean pastedLink(String target, String label) {
        int scheme = target.indexOf("://");
        if (scheme < 1) {
            return false;
        }
        String bare = target.substring(scheme + 3);
        String shown = label.endsWith("…") ? label.substring(0, label.length() - 1) : label;
        return !shown.isEmpty() && (bare.equals(shown) || label.endsWith("…") && bare.startsWith(shown));
    }
}
