package com.referralcoach.core.language;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** "met Jane Doe at Acme about the Q3 rollout", "call with Jane Doe ends in 45 min". */
public record LogMeeting(PersonRef person, Optional<String> topic, Optional<Instant> startsAt, Instant endsAt)
        implements Command {
    public LogMeeting {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
    }
}
