package com.referralcoach.core.language;

import java.util.Objects;

/** "Jane and Jane Doe are the same person": {@code duplicate}'s history moves to {@code kept}, after a yes. */
public record MergePeople(PersonRef duplicate, PersonRef kept) implements Command {
    public MergePeople {
        Objects.requireNonNull(duplicate, "duplicate");
        Objects.requireNonNull(kept, "kept");
    }
}
