package com.referralcoach.core.language;

import com.referralcoach.core.domain.BusinessSource;
import com.referralcoach.core.domain.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * "actually closed $9k repeat business with Ken Adams", "closed $9k repeat business with Ken Adams, not $8k": the
 * amount of the latest business of that source (with that customer, when named) was wrong; no second deal.
 */
public record CorrectBusiness(BusinessSource source, Money amount, Optional<PersonRef> customer) implements Command {
    public CorrectBusiness {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(customer, "customer");
    }
}
