package com.referralcoach.core.language;

import java.util.Objects;

/** "closed $5k repeat business with Jane Doe": won business and where it came from. */
public record RecordBusiness(java.util.Optional<com.referralcoach.core.domain.Money> amount, com.referralcoach.core.domain.BusinessSource source, java.util.Optional<PersonRef> customer) implements Command {
    public RecordBusiness {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(customer, "customer");
    }
}
