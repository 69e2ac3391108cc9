package com.referralcoach.core.language;

import java.util.Objects;

/** "Jane Doe was in a rush": the ask after the last meeting moves to the next working morning. */
public record InARush(PersonRef person) implements Command {
    public InARush {
        Objects.requireNonNull(person, "person");
    }
}
