package com.referralcoach.core.language;

import com.referralcoach.core.domain.PersonName;
import java.util.Objects;

/** "rename Jon Doe to John Doe": a person's name was misspelt; everything about them stays theirs. */
public record RenamePerson(PersonRef person, PersonName newName) implements Command {
    public RenamePerson {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(newName, "newName");
    }
}
