package com.referralcoach.core.language;

import java.util.Objects;

/** "contact Jane Doe": everything about one person. */
public record ShowContact(PersonRef person) implements Command {
    public ShowContact {
        Objects.requireNonNull(person, "person");
    }
}
