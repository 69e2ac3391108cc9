package com.referralcoach.slack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of a Slack message as the rep meant it: Slack's markup ({@code <@U1>}, {@code <https://x|label>})
 * becomes plain words, {@code &lt; &gt; &amp;} become characters, the composer's formatting marks ({@code *bold*},
 * {@code _italics_}, {@code `code`}) go. A channel mention ({@code <#C1|sales>}) stays as it is: the chat language
 * reads the channel's id from it (a digest is posted to the channel by id; its name alone does not reach it).
 * So does a mention of many people at once ({@code <!here>}, a user group): the engine drops it from any message.
 */
final class SlackText {
    private static final Pattern MARKUP = Pattern.compile("<([^<>]*)>");
    /**
     * Bold, italics, strike and code as the composer writes them in the text: {@code *Jane Doe*}, {@code `x`}. A span
     * is at most 300 characters of one line, so a 40,000-character message of lone marks is read in linear time.
     */
    private static final Pattern STYLED = Pattern.compile(
            "(?<![\\p{L}\\p{N}\\\\])([*_~`])(?=\\S)(.{1,300}?)(?<=\\S)\\1(?![\\p{L}\\p{N}])");
    /** Mentions of many people at once: kept as Slack wrote them, for the engine, which drops them from any message. */
    private static final Pattern BROADCAST = Pattern.compile(
            "!(?:here|channel|everyone|subteam\\^[A-Za-z0-9]+)(?:\\|.*)?");

    private SlackText() {
    }

    static String plain(String slackText) {
        if (slackText == null) {
            return "";
        }
        Matcher matcher = MARKUP.matcher(slackText);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            out.append(unformatted(slackText.substring(last, matcher.start())));
            out.append(readable(matcher.group(1)));
            last = matcher.end();
        }
        out.append(unformatted(slackText.substring(last)));
        return out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip();
    }

    /** Text outside Slack's markup without the composer's formatting marks (a mark inside a word stays). */
    private static String unformatted(String text) {
        String plain = text.replace("```", "");
        for (int pass = 0; pass < 3; pass++) {
            String next = STYLED.matcher(plain).replaceAll("$2");
            if (next.equals(plain)) {
                break;
            }
            plain = next;
        }
        return plain;
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
        if (target.startsWith("#") || BROADCAST.matcher(inside).matches()) {
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
