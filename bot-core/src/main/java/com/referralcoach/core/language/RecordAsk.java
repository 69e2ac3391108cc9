package com.referralcoach.core.language;

import com.referralcoach.core.domain.AskOutcome;
import java.util.Objects;
import java.util.Optional;

/** "asked Jane Doe", "Jane Doe said no", "skip ask Jane Doe - billing issue open". */
public record RecordAsk(PersonRef person, AskOutcome outcome, Optional<String> note) implements Command {
    public RecordAsk {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(note, "note");
    }
}
