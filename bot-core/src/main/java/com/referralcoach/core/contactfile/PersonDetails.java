package com.referralcoach.core.contactfile;

import com.referralcoach.core.domain.PersonName;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;

/** What one row or card of a file says about a person; every text is kept literally (a formula stays text). */
public record PersonDetails(PersonName name, Optional<String> company, Optional<String> email, Optional<String> phone,
                            Optional<String> title, Optional<String> notes, Optional<MonthDay> birthday,
                            Optional<LocalDate> customerSince) {
    public PersonDetails {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(birthday, "birthday");
        Objects.requireNonNull(customerSince, "customerSince");
    }
}
