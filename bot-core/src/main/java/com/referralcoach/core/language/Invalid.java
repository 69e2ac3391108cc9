package com.referralcoach.core.language;

import java.util.Objects;

/** Understood but unusable, e.g. an impossible date; {@code reason} says why, {@code example} how to say it. */
public record Invalid(String reason, String example) implements Command {
    public Invalid {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(example, "example");
    }
}
