package com.referralcoach.core.language;

import java.util.Objects;

/** "fixed Acme": the customer's open problem is fixed. */
public record FixProblem(PersonRef customer) implements Command {
    public FixProblem {
        Objects.requireNonNull(customer, "customer");
    }
}
