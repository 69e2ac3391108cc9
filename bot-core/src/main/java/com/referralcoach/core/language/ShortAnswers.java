package com.referralcoach.core.language;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The short answers a rep gives the bot itself rather than about their work: a "yes" to a question it asked
 * ("yep", "correct", "👍") and an "undo" ("that's wrong", "oops undo that"). Pure and case-insensitive.
 */
public final class ShortAnswers {
    /** Skin tones and the emoji presentation selector, so every 👍 is one 👍. */
    private static final Pattern EMOJI_MODIFIERS = Pattern.compile("[\\x{1F3FB}-\\x{1F3FF}\\uFE0F]");
    private static final Pattern TRIM = Pattern.compile("^[\\s,.!:;-]+|[\\s,.!?:;-]+$");
    private static final Pattern SPACES = Pattern.compile("\\s*[-–—:]+\\s+|[\\s,]+");
    private static final Pattern POLITE = Pattern.compile("(?: (?:pls|plz|please|thanks|thank you|thx|ty|coach))*");
    private static final Pattern YES = Pattern.compile("(?:yes|y|ye|yea|yeah|yep|yup|ya|yas|sure|ok|okay|k|correct"
            + "|right|that's right|thats right|that is right|exactly|confirm|confirmed|save|save it|do it|go ahead"
            + "|looks good|lgtm|perfect|👍|✅|✔|☑|👌)(?: (?:yes|correct|save it|👍|✅))*" + POLITE.pattern());
    private static final Pattern UNDO = Pattern.compile("(?:(?:oops|oh no|whoops|sorry|no|nope|argh|ugh|my bad|my mistake"
            + "|mistake|wrong (?:person|name|one|lead|day|time)) )*"
            + "(?:undo(?: (?:that|it|this|last|the last one|my last message|last change|the last change))?"
            + "|that'?s wrong|that is wrong|that was wrong|wrong|revert(?: that| it)?|scratch that|take that back)"
            + POLITE.pattern());

    private static final Pattern NO = Pattern.compile("(?:no|n|nope|nah|no thanks|no thank you|cancel|don't|dont"
            + "|do not|don't import|stop|👎|❌)" + POLITE.pattern());

    private ShortAnswers() {
    }

    /** True for a plain yes: "yes", "y", "yep", "yes pls", "correct", "👍". */
    public static boolean isYes(String text) {
        return YES.matcher(normalize(text)).matches();
    }

    /** True for a plain no to a question the bot asked: "no", "nope", "cancel", "👎". */
    public static boolean isNo(String text) {
        return NO.matcher(normalize(text)).matches();
    }

    /** True for a request to take back the last change: "undo", "undo that", "that's wrong", "oops undo". */
    public static boolean isUndo(String text) {
        return UNDO.matcher(normalize(text)).matches();
    }

    private static String normalize(String text) {
        String plain = EMOJI_MODIFIERS.matcher(text == null ? "" : text).replaceAll("").replace('’', '\'');
        return SPACES.matcher(TRIM.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll(" ");
    }
}
