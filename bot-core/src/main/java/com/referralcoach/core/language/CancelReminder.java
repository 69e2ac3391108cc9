package com.referralcoach.core.language;

import java.util.Objects;

/** "cancel reminder 3" (its place in the "reminders" list) or "cancel reminder #3fa9c1" (its code). */
public record CancelReminder(String reference) implements Command {
    public CancelReminder {
        Objects.requireNonNull(reference, "reference");
    }
}
