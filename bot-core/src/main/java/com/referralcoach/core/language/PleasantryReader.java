package com.referralcoach.core.language;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a message that is nothing but a greeting, thanks or acknowledgement, or several of them ("hi", "hey there",
 * "thank you!", "lol ok", "👍"). A word more ("thanks Jane Doe", "thanked Jane Doe") is not one.
 */
final class PleasantryReader {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String GREETING = "(?:hi+|hey+|hello|hiya|howdy|yo|gm|good\\s+(?:morning|afternoon|evening|day)"
            + "|morning|afternoon|evening)";
    private static final String THANKS = "(?:thanks|thank\\s+you|thx|ty|tysm|cheers|many\\s+thanks|much\\s+appreciated"
            + "|appreciate\\s+it|🙏)";
    private static final String ACKNOWLEDGEMENT = "(?:ok(?:ay)?|k+|cool|nice|great|awesome|perfect|sweet|noted|got\\s+it"
            + "|sounds\\s+good|alright|lol|haha+|👍|👌|🙂|😊|✅)";
    private static final String TO_WHOM = "(?:\\s+(?:there|coach|bot|again|all|so\\s+much|a\\s+lot|very\\s+much))*";
    private static final String ONE = "(?:" + GREETING + "|" + THANKS + "|" + ACKNOWLEDGEMENT + ")" + TO_WHOM;
    private static final String BETWEEN = "[\\s,.!?:;~-]*";
    private static final Pattern ONLY = Pattern.compile("^" + BETWEEN + ONE + "(?:" + BETWEEN + ONE + ")*" + BETWEEN + "$",
            FLAGS);
    private static final Pattern THANKED = Pattern.compile(THANKS, FLAGS);
    private static final Pattern GREETED = Pattern.compile("^" + BETWEEN + GREETING, FLAGS);
    /** Longer than this is no pleasantry, and is not tried (the repeated pattern would recurse too deep). */
    private static final int LONGEST = 80;
    /** Skin tones and the emoji presentation selector, so every 👍 is one 👍. */
    private static final Pattern EMOJI_MODIFIERS = Pattern.compile("[\\x{1F3FB}-\\x{1F3FF}\\uFE0F]");

    /** The pleasantry, when that is all the message holds: thanks over a greeting over an acknowledgement. */
    Optional<Command> read(String text) {
        String plain = EMOJI_MODIFIERS.matcher(text).replaceAll("").strip().toLowerCase(Locale.ROOT);
        if (plain.length() > LONGEST || !ONLY.matcher(plain).matches()) {
            return Optional.empty();
        }
        Matcher thanked = THANKED.matcher(plain);
        Pleasantry.Kind kind = thanked.find() ? Pleasantry.Kind.THANKS
                : GREETED.matcher(plain).lookingAt() ? Pleasantry.Kind.GREETING : Pleasantry.Kind.ACKNOWLEDGEMENT;
        return Optional.of(new Pleasantry(kind));
    }
}
