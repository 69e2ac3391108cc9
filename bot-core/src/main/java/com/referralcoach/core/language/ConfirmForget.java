package com.referralcoach.core.language;

import java.util.Objects;

/** The "yes" to "Forget Jane Doe?": erase the contact with id {@code contact}, whom the question called {@code name}. */
public record ConfirmForget(String contact, String name) implements Command {
    public ConfirmForget {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(name, "name");
        if (contact.isBlank()) {
            throw new IllegalArgumentException("a confirmation names the contact");
        }
    }
}
