package com.referralcoach.core.language;


import java.util.Objects;
import java.util.Optional;

/** "win Acme: cut their onboarding time in half": the rep won the customer something; the moment to ask. */
public record RecordWin(PersonRef customer, Optional<String> note) implements Command {
    public RecordWin {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(note, "note");
    }
}
