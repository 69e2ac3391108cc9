package com.referralcoach.core.language;

import java.util.List;
import java.util.Objects;

/**
 * A reading the parser is not sure of (a guessed slot, a name that is not name-shaped, two close readings): the
 * engine asks the rep to confirm {@code summary} ("meeting with Joe Marx (Talon) about pricing") before saving
 * {@code reading}. When the only doubt is people named in lower case ("thanked sarah"), {@code guessedPeople} holds
 * them: the engine need not ask when it knows each of them already.
 */
public record Unsure(Command reading, String summary, List<PersonRef> guessedPeople) implements Command {
    public Unsure {
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(summary, "summary");
        guessedPeople = List.copyOf(guessedPeople);
        if (reading instanceof Unsure || reading instanceof Several) {
            throw new IllegalArgumentException("an unsure reading holds one plain command");
        }
    }

    /** Unsure for another reason than names typed in lower case. */
    public Unsure(Command reading, String summary) {
        this(reading, summary, List.of());
    }
}
