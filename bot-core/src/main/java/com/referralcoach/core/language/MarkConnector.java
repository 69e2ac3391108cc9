package com.referralcoach.core.language;

import java.util.Objects;

/** "Jane Doe is a connector": someone who knows many people. */
public record MarkConnector(PersonRef person) implements Command {
    public MarkConnector {
        Objects.requireNonNull(person, "person");
    }
}
