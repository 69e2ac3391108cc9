package com.referralcoach.core.domain;

import com.referralcoach.core.ReferralCoachException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** An amount won, with the currency the rep typed if any ("$", "EUR"). */
public record Money(BigDecimal amount, Optional<String> currency) {
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() < 0) {
            throw new ReferralCoachException("an amount won cannot be negative");
        }
        amount = amount.stripTrailingZeros();
        if (amount.scale() < 0) {
            amount = amount.setScale(0);
        }
    }

    /** "$12,000", "12,500.50 EUR", "12,000": cents, when there are any, always two digits. */
    public String display() {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.US);
        format.setMaximumFractionDigits(2);
        format.setMinimumFractionDigits(amount.scale() > 0 ? 2 : 0);
        String number = format.format(amount);
        return currency.map(c -> c.length() == 1 ? c + number : number + " " + c).orElse(number);
    }
}
