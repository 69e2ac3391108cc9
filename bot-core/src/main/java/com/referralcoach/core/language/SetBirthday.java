package com.referralcoach.core.language;

import java.time.MonthDay;
import java.util.Objects;

/** "birthday Jane Doe 12 April": the day (29 February is kept; it falls on the 28th in other years). */
public record SetBirthday(PersonRef person, MonthDay day) implements Command {
    public SetBirthday {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(day, "day");
    }
}
