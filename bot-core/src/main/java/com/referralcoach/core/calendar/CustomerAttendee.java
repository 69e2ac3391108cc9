package com.referralcoach.core.calendar;

import java.util.Objects;
import java.util.Optional;

/** A customer in a meeting: the address, a name to call them by, and the company their domain names, if any. */
public record CustomerAttendee(String email, String name, Optional<String> company) {
    public CustomerAttendee {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(company, "company");
    }

    /** The calendar's name for them (CN) when it is a name, else one made from the address ("ann.lo" is Ann Lo). */
    static CustomerAttendee of(Attendee attendee) {
        String local = attendee.email().substring(0, attendee.email().indexOf('@'));
        String name = attendee.name().filter(n -> n.indexOf('@') < 0).orElseGet(() -> {
            String words = MailDomains.words(local, true);
            return words.isEmpty() ? attendee.email() : words;
        });
        return new CustomerAttendee(attendee.email(), name, MailDomains.company(attendee.domain()));
    }
}
