package com.referralcoach.core.reply;

import java.util.Objects;
import java.util.Optional;

/**
 * A next step offered with a reply: a button on Slack and Discord, a suggested line in the terminal.
 * Choosing a complete action sends {@code message} to the engine as if the rep had typed it; a
 * template ({@code complete == false}) is the start of a message the rep finishes, e.g. "Jane Doe referred ".
 * An action {@code about} one person of a message about several (the asks of one meeting, "Asked (Ann)") is settled
 * with that person's actions only ({@link #settledBy}).
 */
public record SuggestedAction(String label, String message, boolean complete, Optional<String> about) {
    public SuggestedAction {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(about, "about");
    }

    public SuggestedAction(String label, String message, boolean complete) {
        this(label, message, complete, Optional.empty());
    }

    public static SuggestedAction send(String label, String message) {
        return new SuggestedAction(label, message, true);
    }

    public static SuggestedAction template(String label, String messageStart) {
        return new SuggestedAction(label, messageStart, false);
    }

    /** This action as one of {@code person}'s in a message about several people, labelled "Asked (Ann)". */
    public SuggestedAction about(String person, String first) {
        return new SuggestedAction(label + " (" + first + ")", message, complete, Optional.of(person));
    }

    /**
     * Whether choosing an action settles this one, so its button goes: the actions about the same person go together,
     * and so do the actions about no one (every button of an ordinary message); another person's stay.
     */
    public boolean settledBy(SuggestedAction chosen) {
        return settles(chosen.settlesWith(), settlesWith());
    }

    /** What the actions a choice settles share: the person they are about, or "" for no one. */
    public String settlesWith() {
        return about.orElse("");
    }

    /**
     * Whether choosing an action that {@link #settlesWith} {@code chosen} settles one that settles with
     * {@code other}: for platforms that carry {@link #settlesWith} (or a digest of it) on their buttons.
     */
    public static boolean settles(String chosen, String other) {
        return chosen.equals(other);
    }
}
