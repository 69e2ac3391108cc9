package com.referralcoach.core.reply;

import java.util.Objects;

/**
 * A next step offered with a reply: a button on Slack and Discord, a suggested line in the terminal.
 * Choosing it sends {@code message} to the engine as if the rep had typed it.
 */
public record SuggestedAction(String label, String message) {
    public SuggestedAction {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(message, "message");
    }
}
