package com.referralcoach.core.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One step in a lead's history: the stage it reached, when, and why if the rep said. */
public record StageChange(LeadStage stage, Instant at, Optional<String> note) {
    public StageChange {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(note, "note");
    }
}
