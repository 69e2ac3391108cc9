package com.referralcoach.core.language;

import java.util.Objects;

/**
 * "delivered Acme's payroll migration", "Kim Lee's onboarding is live": what the rep delivered for a customer,
 * the piece of work their next ask is built on.
 */
public record RecordDelivery(PersonRef customer, String what) implements Command {
    public RecordDelivery {
        Objects.requireNonNull(customer, "customer");
        what = Objects.requireNonNull(what, "what").strip();
    }
}
