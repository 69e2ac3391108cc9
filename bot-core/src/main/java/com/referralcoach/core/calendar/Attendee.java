package com.referralcoach.core.calendar;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Someone invited to an event: the address (lower case), the name the calendar gives (CN), the kind (CUTYPE) and
 * the answer (PARTSTAT).
 */
public record Attendee(String email, Optional<String> name, AttendeeKind kind, Participation answer) {
    public Attendee {
        Objects.requireNonNull(email, "email");
        email = email.trim().toLowerCase(Locale.ROOT);
        if (email.indexOf('@') < 1) {
            throw new IllegalArgumentException("an attendee's address has an @");
        }
        name = Objects.requireNonNull(name, "name").map(String::strip).filter(n -> !n.isEmpty());
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(answer, "answer");
    }

    /** The part after the @, lower case. */
    public String domain() {
        return email.substring(email.lastIndexOf('@') + 1);
    }
}
