package com.referralcoach.core.language;

import java.util.Objects;

/**
 * Not understood; {@code closest} names the command it most resembles ("met", or with the names found, "a meeting with
 * Ann Lo") and {@code example} shows it.
 */
public record Unknown(String closest, String example) implements Command {
    public Unknown {
        Objects.requireNonNull(closest, "closest");
        Objects.requireNonNull(example, "example");
    }
}
