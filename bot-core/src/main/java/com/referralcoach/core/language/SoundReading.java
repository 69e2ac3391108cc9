package com.referralcoach.core.language;

import java.lang.reflect.RecordComponent;
import java.util.Optional;

/**
 * Whether a command read by the strict grammar names real people and companies: "the COO", "Ruth Ames for a Google
 * review" or a company "Quarry - talked about their audit" mean the grammar took too much, and the reading is
 * dropped for the looser one.
 */
final class SoundReading {
    private SoundReading() {
    }

    private static final java.util.regex.Pattern SECOND_CLAUSE = java.util.regex.Pattern.compile(
            "(?:,|\\s[-–—]+)\\s+(?:she|he|they|asked|introduced|referred|and)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** "Bo Park lost his job" is news about the person, not a lost lead. */
    private static final java.util.regex.Pattern THEIR_OWN = java.util.regex.Pattern.compile(
            "^(?:his|her|their|my)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    static boolean sound(Command command) {
        if (command instanceof Invalid) {
            return true;
        }
        if (command instanceof MoveLead move && move.note().filter(n -> THEIR_OWN.matcher(n).find()).isPresent()) {
            return false;
        }
        if (command instanceof LogMeeting meeting && meeting.topic().filter(t -> SECOND_CLAUSE.matcher(t).find()).isPresent()) {
            return false;
        }
        for (RecordComponent component : command.getClass().getRecordComponents()) {
            Object value = value(component, command);
            if (value instanceof Optional<?> optional) {
                value = optional.orElse(null);
            }
            if (value instanceof PersonRef person && !sound(person)) {
                return false;
            }
        }
        return true;
    }

    static boolean sound(PersonRef person) {
        String name = person.name().display();
        return NameShape.plausible(name) && !name.endsWith("'s") && !lowerWordBeforeCapitals(name)
                && person.company().map(NameShape::plausible).orElse(true);
    }

    /** "told Ann Lo": a lower-case word before capitalised ones is a verb the grammar took into the name. */
    private static boolean lowerWordBeforeCapitals(String name) {
        return LOWER_THEN_CAPITAL.matcher(name).lookingAt();
    }

    private static final java.util.regex.Pattern LOWER_THEN_CAPITAL = java.util.regex.Pattern.compile(
            "(?!(?:de|da|del|di|du|van|von|der|la|le)\\s)\\p{Ll}[\\p{L}'-]*\\s+\\p{Lu}");

    private static Object value(RecordComponent component, Command command) {
        try {
            return component.getAccessor().invoke(command);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
