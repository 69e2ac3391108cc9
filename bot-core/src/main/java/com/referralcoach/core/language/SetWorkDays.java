package com.referralcoach.core.language;

import java.time.DayOfWeek;
import java.util.Objects;
import java.util.Set;

/** "work days mon-thu", "work days mon-sun", "work days mon, wed, fri". */
public record SetWorkDays(Set<DayOfWeek> days) implements Command {
    public SetWorkDays {
        Objects.requireNonNull(days, "days");
        days = Set.copyOf(days);
    }
}
