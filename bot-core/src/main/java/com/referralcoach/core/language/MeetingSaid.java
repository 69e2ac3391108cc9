package com.referralcoach.core.language;

import java.util.regex.Pattern;

/**
 * A correction of a logged meeting said the way reps say it, put in the words the corrections read: "Bo Park mtg was
 * actually yesterday" is "the meeting with Bo Park was actually yesterday", "... was at 3 not 2" is "... was at 3",
 * "... was yesterday actually" is "... was yesterday".
 */
final class MeetingSaid {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern PERSON_FIRST = Pattern.compile("^(?:the\\s+)?(?!(?:meeting|mtg|call|with|that|my|our)\\b)"
            + "(\\p{L}[\\p{L}'.-]*(?:\\s+\\p{L}[\\p{L}'.-]*){0,2}?)(?:['’]s)?\\s+(?:meeting|mtg|call)\\s+"
            + "(?=(?:today\\s+|yesterday\\s+)?(?:was|happened|ended|finished|started|began)\\b)", FLAGS);
    private static final Pattern OPENING = Pattern.compile("^(?:oops|sorry|actually|correction|my\\s+bad)[\\s,:;!.-]+",
            FLAGS);
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
    private static final Pattern OLD_TIME = Pattern.compile(
            "\\s*,?\\s+not\\s+(?:at\\s+)?\\d{1,2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?[\\s.!]*$", FLAGS);
    private static final Pattern ACTUALLY_AT_THE_END = Pattern.compile("\\s*,?\\s+actually[\\s.!]*$", FLAGS);

    private MeetingSaid() {
    }

    static String plainly(String message) {
        String said = OPENING.matcher(message.strip()).replaceFirst("");
        java.util.regex.Matcher first = PERSON_FIRST.matcher(said);
        if (first.lookingAt()) {
            String person = POSSESSIVE.matcher(first.group(1)).replaceFirst("");
            said = "the meeting with " + person + " " + said.substring(first.end());
        }
        return ACTUALLY_AT_THE_END.matcher(OLD_TIME.matcher(said).replaceFirst("")).replaceFirst("");
    }
}
