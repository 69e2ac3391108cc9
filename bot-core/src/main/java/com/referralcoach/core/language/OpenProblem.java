package com.referralcoach.core.language;


import java.util.Objects;
import java.util.Optional;

/** "problem Acme: invoice sent twice": something went wrong for a customer; asks wait until it is fixed. */
public record OpenProblem(PersonRef customer, Optional<String> note) implements Command {
    public OpenProblem {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(note, "note");
    }
}
