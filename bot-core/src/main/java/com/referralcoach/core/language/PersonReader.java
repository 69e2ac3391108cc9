package com.referralcoach.core.language;

import com.referralcoach.core.domain.PersonName;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads "Jane Doe", "Jane Doe (Acme)", "Jane Doe at Acme", "Jane Doe from Acme", "Jane Doe, Acme". */
final class PersonReader {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL;
    private static final Pattern IN_PARENTHESES = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)$", FLAGS);
    private static final Pattern WITH_WORD = Pattern.compile("^(.+?)\\s+(?:at|from|of|@)\\s+(.+)$", FLAGS);
    private static final Pattern WITH_COMMA = Pattern.compile("^(.+?),\\s*(.+)$", FLAGS);
    private static final Pattern TRAILING = Pattern.compile("[\\s,;]+$");

    /** A person with a company where the text names one; {@code example} shows the rep how to say it. */
    Reading<PersonRef> read(String text, String example) {
        String cleaned = TRAILING.matcher(text.strip()).replaceFirst("");
        for (Pattern pattern : new Pattern[] {IN_PARENTHESES, WITH_WORD, WITH_COMMA}) {
            Matcher matcher = pattern.matcher(cleaned);
            if (matcher.matches() && !matcher.group(2).isBlank()) {
                return person(matcher.group(1), Optional.of(matcher.group(2).strip()), example);
            }
        }
        return person(cleaned, Optional.empty(), example);
    }

    /** A person exactly as typed, with no company split off. */
    Reading<PersonRef> readName(String text, String example) {
        return person(TRAILING.matcher(text.strip()).replaceFirst(""), Optional.empty(), example);
    }

    private static Reading<PersonRef> person(String name, Optional<String> company, String example) {
        String display = name.strip();
        if (display.isEmpty()) {
            return Reading.invalid("I couldn't tell who you mean: the name is missing.", example);
        }
        if (display.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return Reading.invalid("'" + display + "' doesn't look like a name: it has no letters or digits.", example);
        }
        if (display.length() > PersonName.MAX_LENGTH) {
            return Reading.invalid("That name is longer than " + PersonName.MAX_LENGTH + " characters.", example);
        }
        return Reading.of(new PersonRef(new PersonName(display), company));
    }
}
