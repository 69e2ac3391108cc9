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
    /** A title before the name, which the name keeps but a greeting leaves out. */
    private static final Pattern TITLE = Pattern.compile("^(?:dr|mr|mrs|ms|miss|mx|prof|professor)\\.?\\s+(?=\\p{L})",
            Pattern.CASE_INSENSITIVE);

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

    /**
     * The name as a new contact is saved: one typed all in lower case on a phone ("kim", "dev shah") is written as
     * names are ("Kim", "Dev Shah"); one with any capital stays exactly as typed ("McKay", "van der Berg").
     */
    public PersonName asWritten() {
        if (display.codePoints().anyMatch(Character::isUpperCase) || !display.codePoints().allMatch(
                c -> Character.isLetter(c) || c == ' ' || c == '-' || c == '\'' || c == '\u2019')) {
            return this;
        }
        StringBuilder out = new StringBuilder(display.length());
        boolean start = true;
        for (int i = 0; i < display.length(); i++) {
            char c = display.charAt(i);
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return new PersonName(out.toString());
    }

    /** How the bot greets them: the first word, after a title ("Dr. Lee Ma" is Lee). */
    public String firstName() {
        String name = TITLE.matcher(display).replaceFirst("");
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
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
