package com.referralcoach.core.language;

import java.util.Objects;
import java.util.Optional;

/** "help" or "help meetings": the chat language, short. */
public record ShowHelp(Optional<String> topic) implements Command {
    public ShowHelp {
        Objects.requireNonNull(topic, "topic");
    }
}
