package com.referralcoach.core.language;

import com.referralcoach.core.domain.PersonName;
import java.util.Objects;
import java.util.Optional;

/** A person as named in a message, with the company if the rep named one. */
public record PersonRef(PersonName name, Optional<String> company) {
    public PersonRef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(company, "company");
    }

    public static PersonRef of(String name) {
        return new PersonRef(new PersonName(name), Optional.empty());
    }

    public static PersonRef of(String name, String company) {
        return new PersonRef(new PersonName(name), Optional.of(company));
    }
}
