package com.referralcoach.core.language;

import java.util.regex.Pattern;

/**
 * Quotes as phone and Mac keyboards type them, made plain before anything reads the message: ’ ‘ ʼ become ' (so
 * "O’Neil" is the stored "O'Neil" and "I’m" is "I'm"), “ ” become ", and double quotes wrapping a name of one to
 * four capitalised words ({@code met "Jane Doe" at Acme}) are dropped so the name is saved without them. Other
 * quotes, as in a quoted note, stay as typed.
 */
final class KeyboardQuotes {
    private static final Pattern SINGLE = Pattern.compile("[\\u2018\\u2019\\u02bc]");
    private static final Pattern DOUBLE = Pattern.compile("[\\u201c\\u201d]");
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'.\\-]*";
    private static final Pattern QUOTED_NAME = Pattern.compile(
            "(?<![\\p{L}\\p{N}])\"(" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,3})\"(?![\\p{L}\\p{N}])");

    private KeyboardQuotes() {
    }

    /** The message with straight quotes only, and none around a name. */
    static String plain(String message) {
        String straight = DOUBLE.matcher(SINGLE.matcher(message).replaceAll("'")).replaceAll("\"");
        return straight.indexOf('"') < 0 ? straight : QUOTED_NAME.matcher(straight).replaceAll("$1");
    }
}
