package com.referralcoach.core.port;

import java.util.Objects;
import java.util.Optional;

/**
 * One stored thing an undo put back, as a domain value ({@code Contact}, {@code Meeting}, {@code Reminder}...):
 * how it was before the change (empty: the change had created it) and how the change had left it (empty: the
 * change had deleted it).
 */
public record Reverted(Optional<Object> before, Optional<Object> after) {
    public Reverted {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before.isEmpty() && after.isEmpty()) {
            throw new IllegalArgumentException("a reverted change had something before or after it");
        }
    }

    /** The thing itself: as the change had left it, else as it was. */
    public Object subject() {
        return after.or(() -> before).orElseThrow();
    }

    public boolean wasCreated() {
        return before.isEmpty();
    }
}
