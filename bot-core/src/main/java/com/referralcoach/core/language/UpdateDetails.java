package com.referralcoach.core.language;

import java.util.Objects;
import java.util.Optional;

/** "Jane Doe works at Globex now", "Jane Doe's email is jane@globex.com": a known person's details, corrected. */
public record UpdateDetails(PersonRef person, Optional<String> employer, Optional<String> email,
                            Optional<String> phone) implements Command {
    public UpdateDetails {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(employer, "employer");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        if (employer.isEmpty() && email.isEmpty() && phone.isEmpty()) {
            throw new IllegalArgumentException("a details update changes at least one detail");
        }
    }
}
