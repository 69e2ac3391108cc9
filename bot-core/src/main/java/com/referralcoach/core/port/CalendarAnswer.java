package com.referralcoach.core.port;

import java.util.Objects;
import java.util.Optional;

/**
 * What a rep said a calendar event with no one on it is: with a customer (a name, maybe a company), or not one to
 * ask about ("skip"). Kept per UID, so it holds for every occurrence of a series.
 */
public record CalendarAnswer(Optional<String> person, Optional<String> company) {
    public CalendarAnswer {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(company, "company");
        if (person.isEmpty() && company.isPresent()) {
            throw new IllegalArgumentException("a company comes with a person");
        }
    }

    public static CalendarAnswer skip() {
        return new CalendarAnswer(Optional.empty(), Optional.empty());
    }

    public static CalendarAnswer with(String person, Optional<String> company) {
        return new CalendarAnswer(Optional.of(person), company);
    }

    public boolean skipped() {
        return person.isEmpty();
    }
}
