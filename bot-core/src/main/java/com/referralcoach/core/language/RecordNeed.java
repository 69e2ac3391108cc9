package com.referralcoach.core.language;

import java.util.Objects;

/** "Kim Lee needs a bookkeeper": what a person needs, so the rep can help first and give them a lead. */
public record RecordNeed(PersonRef person, String need) implements Command {
    public RecordNeed {
        Objects.requireNonNull(person, "person");
        need = Objects.requireNonNull(need, "need").strip();
    }
}
