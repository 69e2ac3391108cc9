package com.referralcoach.core.language;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** "delete the meeting with Jane Doe today": the rep's meeting of that day (or the latest) was logged by mistake. */
public record DeleteMeeting(PersonRef person, Optional<LocalDate> day) implements Command {
    public DeleteMeeting {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(day, "day");
    }
}
