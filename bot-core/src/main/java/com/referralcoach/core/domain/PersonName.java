package com.referralcoach.core.domain;

import com.referralcoach.core.ReferralCoachException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A person's name as the rep typed it, plus the key used to find them again: lower case,
 * accents removed, white space folded. The text is kept literally, never interpreted.
 */
public record PersonName(String display) {
    public static final int MAX_LENGTH = 100;
    /** Accents, and format characters (zero-width and direction marks), which a name's key leaves out. */
    private static final Pattern MARKS = Pattern.compile("[\\p{M}\\p{Cf}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    public PersonName {
        if (display == null) {
            throw new ReferralCoachException("a name is required");
        }
        display = SPACES.matcher(display.strip()).replaceAll(" ");
        if (display.isEmpty() || display.length() > MAX_LENGTH) {
            throw new ReferralCoachException("a name must have 1 to " + MAX_LENGTH + " characters");
        }
    }

    /** The key two spellings of one name share: "José  Núñez" and "jose nunez" match. */
    public String key() {
        return keyOf(display);
    }

    public String firstName() {
        int space = display.indexOf(' ');
        return space < 0 ? display : display.substring(0, space);
    }

    public static String keyOf(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    @Override
    public String toString() {
        return display;
    }
}
