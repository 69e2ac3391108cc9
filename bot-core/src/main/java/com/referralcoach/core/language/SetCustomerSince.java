package com.referralcoach.core.language;

import java.time.LocalDate;
import java.util.Objects;

/** "customer since Acme 2019-06-01": the start of a customer relationship, for its anniversary. */
public record SetCustomerSince(PersonRef customer, LocalDate since) implements Command {
    public SetCustomerSince {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(since, "since");
    }
}
