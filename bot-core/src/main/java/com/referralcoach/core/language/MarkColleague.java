package com.referralcoach.core.language;

import java.util.Objects;

/** "Jane Doe is a former colleague": an advocate who knows the rep's work, never counted as a customer. */
public record MarkColleague(PersonRef person, boolean former) implements Command {
    public MarkColleague {
        Objects.requireNonNull(person, "person");
    }
}
