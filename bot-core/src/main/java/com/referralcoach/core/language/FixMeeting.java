package com.referralcoach.core.language;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * "the meeting with Jane Doe today was about pricing", "... ended at 4pm", "... started at 1:30pm", "... was at 2pm",
 * "... was yesterday": a logged meeting's topic, end, start, time (the whole meeting moves, its length kept) or day
 * corrected; {@code day} picks the meeting (with none, the latest with the person).
 */
public record FixMeeting(PersonRef person, Optional<LocalDate> day, Optional<String> topic, Optional<LocalTime> endsAt,
                         Optional<LocalTime> startsAt, Optional<LocalTime> at, Optional<LocalDate> movedTo)
        implements Command {
    public FixMeeting {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(endsAt, "endsAt");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(movedTo, "movedTo");
        if (topic.isEmpty() && endsAt.isEmpty() && startsAt.isEmpty() && at.isEmpty() && movedTo.isEmpty()) {
            throw new IllegalArgumentException("a meeting's correction changes its topic, end, start, time or day");
        }
    }

    /** A correction of the topic or the end only. */
    public FixMeeting(PersonRef person, Optional<LocalDate> day, Optional<String> topic, Optional<LocalTime> endsAt) {
        this(person, day, topic, endsAt, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
