package com.referralcoach.core.language;

import java.util.regex.Pattern;

/**
 * Chat platforms' mention tokens, which are never part of a person's name. Mentions of many people at once
 * ({@code @everyone}, {@code @here}, a Discord role {@code <@&id>}, Slack's {@code <!here>}, {@code <!channel>},
 * {@code <!everyone>} and user groups {@code <!subteam^ID|@name>}) mean nothing in any message and leave it before
 * parsing; a single member or channel ({@code <@id>}, {@code <@!id>}, {@code <#id>}, Slack's {@code <@U123|name>})
 * names a manager, a team member or a digest channel, so it leaves only the names of people.
 */
final class Mentions {
    private static final Pattern MANY = Pattern.compile("(?<![\\p{L}\\p{N}._%+-])@(?:everyone|here)(?![\\p{L}\\p{N}_-])"
            + "|<@&\\d{1,25}>|<!(?:here|channel|everyone)(?:\\|[^>]{0,80})?>"
            + "|<!subteam\\^[A-Za-z0-9]{1,40}(?:\\|[^>]{0,80})?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ONE = Pattern.compile("<(?:@!?|#)[A-Za-z0-9]{1,40}(?:\\|[^>]{0,80})?>");
    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");

    private Mentions() {
    }

    /** {@code text} without mentions of many people at once; a message of nothing else becomes blank. */
    static String outOfText(String text) {
        return removed(MANY, text);
    }

    /** A person's name without any mention token; empty if it was nothing but mentions. */
    static String outOfName(String name) {
        return removed(ONE, removed(MANY, name)).strip();
    }

    private static String removed(Pattern tokens, String text) {
        String without = tokens.matcher(text).replaceAll(" ");
        return without.equals(text) ? text : SPACES.matcher(without).replaceAll(" ");
    }
}
