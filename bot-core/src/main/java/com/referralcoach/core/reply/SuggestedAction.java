package com.referralcoach.core.reply;

import java.util.Objects;

/**
 * A next step offered with a reply: a button on Slack and Discord, a suggested line in the terminal.
 * Choosing a complete action sends {@code message} to the engine as if the rep had typed it; a
 * template ({@code complete == false}) is the start of a message the rep finishes, e.g. "Jane Doe referred ".
 */
public record SuggestedAction(String label, String message, boolean complete) {
    public SuggestedAction {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(message, "message");
    }

    public static SuggestedAction send(String label, String message) {
        return new SuggestedAction(label, message, true);
    }

    public static SuggestedAction template(String label, String messageStart) {
        return new SuggestedAction(label, messageStart, false);
    }
}
