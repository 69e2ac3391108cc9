package com.referralcoach.core.port;

import com.referralcoach.core.domain.ContactId;
import java.util.Objects;
import java.util.Optional;

/**
 * The details an import adds to a person already known: only those the contact lacked, each written only if the
 * contact still lacks it when the write happens, so nothing the rep typed is overwritten.
 */
public record ContactFill(ContactId contact, Optional<String> company, Optional<String> email,
                          Optional<String> phone, Optional<String> title, Optional<String> notes) {
    public ContactFill {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(notes, "notes");
    }

    public boolean isEmpty() {
        return company.isEmpty() && email.isEmpty() && phone.isEmpty() && title.isEmpty() && notes.isEmpty();
    }
}
