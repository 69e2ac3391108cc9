package com.referralcoach.core.language;

import java.util.Objects;

/** "forget Jane Doe": erase one person everywhere in the workspace, after a confirmation that counts what goes. */
public record ForgetPerson(PersonRef person) implements Command {
    public ForgetPerson {
        Objects.requireNonNull(person, "person");
    }
}
