package com.referralcoach.core.language;

import java.util.Objects;

/** The "yes" to "Delete your lead Tom Lee?": the rep's referrals of the contact with id {@code contact} go. */
public record ConfirmDeleteLead(String contact, String name) implements Command {
    public ConfirmDeleteLead {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(name, "name");
        if (contact.isBlank()) {
            throw new IllegalArgumentException("a confirmation names the contact");
        }
    }
}
