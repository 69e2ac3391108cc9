package com.referralcoach.core.language;

import java.util.Objects;

/** The "yes" to "Merge Jane into Jane Doe (Acme)?": contact {@code duplicate} becomes contact {@code kept}. */
public record ConfirmMerge(String duplicate, String kept, String names) implements Command {
    public ConfirmMerge {
        Objects.requireNonNull(duplicate, "duplicate");
        Objects.requireNonNull(kept, "kept");
        Objects.requireNonNull(names, "names");
        if (duplicate.isBlank() || kept.isBlank()) {
            throw new IllegalArgumentException("a merge names both contacts");
        }
    }
}
