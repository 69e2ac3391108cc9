package com.referralcoach.core.language;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * "the meeting with Jane Doe today was about pricing", "the meeting with Jane Doe ended at 4pm": a logged meeting's
 * topic or end corrected; with no day, the latest meeting with the person.
 */
public record FixMeeting(PersonRef person, Optional<LocalDate> day, Optional<String> topic, Optional<LocalTime> endsAt)
        implements Command {
    public FixMeeting {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(endsAt, "endsAt");
        if (topic.isEmpty() && endsAt.isEmpty()) {
            throw new IllegalArgumentException("a meeting's correction changes its topic or its end");
        }
    }
}
