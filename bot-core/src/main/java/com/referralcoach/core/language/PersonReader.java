package com.referralcoach.core.language;

import com.referralcoach.core.domain.PersonName;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads "Jane Doe", "Jane Doe (Acme)", "Jane Doe at Acme", "Jane Doe from Acme", "Jane Doe, Acme". */
final class PersonReader {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL;
    private static final Pattern IN_PARENTHESES = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)$", FLAGS);
    private static final Pattern WITH_WORD = Pattern.compile("^(.+?)\\s+(?:at|from|of|@)\\s+(.+)$", FLAGS);
    private static final Pattern WITH_COMMA = Pattern.compile("^(.+?),\\s*(.+)$", FLAGS);
    private static final Pattern TRAILING = Pattern.compile("[\\s,;]+$");
    /**
     * What a reply may open with before the name: "yes, Jane introduced me to Tom Lee", "great! Jane ...". Without
     * punctuation only a "yes", since "Nice", "Ok" or "Great" can start a name or a company ("Great Lakes Co").
     */
    private static final Pattern OPENING = Pattern.compile("^(?:(?:yes|yeah|yep|ok|okay|great|awesome|nice|cool|oh"
            + "|well|and|also)\\s*[,!.:;]+|(?:yes|yeah|yep)\\s)\\s*(?=\\S)", FLAGS);
    /** The rep speaking of themself where another person belongs: "I introduced myself to Jane Doe". */
    private static final Set<String> SELF = Set.of("i", "me", "myself", "we", "us", "ourselves");
    /** Words that stand for a person without naming one: nobody can be found or saved by them. */
    private static final Set<String> NOT_NAMES = Set.of("he", "she", "they", "him", "her", "them", "you", "it",
            "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody",
            "my client", "my customer", "my boss", "my contact", "my friend", "a friend", "a client", "a customer");

    /** A person with a company where the text names one; {@code example} shows the rep how to say it. */
    Reading<PersonRef> read(String text, String example) {
        String cleaned = trimmed(text);
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
        return person(trimmed(text), Optional.empty(), example);
    }

    /** Without what the text opens with before the name ("yes, ") nor trailing separators. */
    private static String trimmed(String text) {
        return TRAILING.matcher(OPENING.matcher(text.strip()).replaceFirst("")).replaceFirst("");
    }

    private static Reading<PersonRef> person(String name, Optional<String> company, String example) {
        String display = Mentions.outOfName(name);
        if (display.isEmpty()) {
            return Reading.invalid("I couldn't tell who you mean: the name is missing.", example);
        }
        String lower = display.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (SELF.contains(lower)) {
            return Reading.invalid("I need the other person's name here, not yours (a referral you gave is \""
                    + HabitExamples.GAVE + "\").", example);
        }
        if (NOT_NAMES.contains(lower)) {
            return Reading.invalid("Who is \"" + display + "\"? Say their name, so I can find or add them.", example);
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
