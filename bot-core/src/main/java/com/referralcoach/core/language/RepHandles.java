package com.referralcoach.core.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads people named in team commands: Slack and Discord mentions ({@code <@U123>}, {@code <@!123>}), handles
 * ({@code @ana}) and "me"; each becomes the user id as given ("U123", "ana", "me").
 */
public final class RepHandles {
    private static final Pattern ONE = Pattern.compile(
            "<@!?([A-Za-z0-9]{1,40})(?:\\|[^>]{0,80})?>|@([\\p{L}\\p{N}._-]{1,60})|(me|myself)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SEPARATOR = Pattern.compile("(?:\\s*,\\s*|\\s+and\\s+|\\s+)", Pattern.CASE_INSENSITIVE);
    /** The most members a team command may name at once. */
    public static final int MOST = 200;

    private RepHandles() {
    }

    /** The id one handle names, if it is a handle. */
    public static Optional<String> one(String text) {
        Matcher matcher = ONE.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        for (int group = 1; group <= 3; group++) {
            if (matcher.group(group) != null) {
                return Optional.of(group == 3 ? "me" : matcher.group(group));
            }
        }
        return Optional.empty();
    }

    /** Every handle in a list like "@ana, @ben and <@U3>", or the first word that is not one. */
    static Reading<List<String>> list(String text, String example) {
        List<String> ids = new ArrayList<>();
        for (String word : SEPARATOR.split(text.strip())) {
            if (word.isEmpty()) {
                continue;
            }
            Optional<String> id = one(word);
            if (id.isEmpty()) {
                String shown = word.length() > 40 ? word.substring(0, 40) + "..." : word;
                return Reading.invalid("'" + shown + "' is not a mention: write @name for each person.", example);
            }
            if (!ids.contains(id.get())) {
                ids.add(id.get());
            }
        }
        if (ids.isEmpty()) {
            return Reading.invalid("Who is in it? Mention each person with @.", example);
        }
        if (ids.size() > MOST) {
            return Reading.invalid("That is more than " + MOST + " people at once.", example);
        }
        return Reading.of(ids);
    }
}
