package com.referralcoach.core.language;

import java.util.Objects;

/**
 * A reading the parser is not sure of (a guessed slot, a name that is not name-shaped, two close readings): the
 * engine asks the rep to confirm {@code summary} ("meeting with Joe Marx (Talon) about pricing") before saving
 * {@code reading}.
 */
public record Unsure(Command reading, String summary) implements Command {
    public Unsure {
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(summary, "summary");
        if (reading instanceof Unsure || reading instanceof Several) {
            throw new IllegalArgumentException("an unsure reading holds one plain command");
        }
    }
}
