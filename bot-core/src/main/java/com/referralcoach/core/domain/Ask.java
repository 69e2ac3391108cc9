package com.referralcoach.core.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One referral ask, or a decision not to ask, with the rep's note. */
public record Ask(WorkspaceId workspace, AskId id, RepId rep, ContactId contact, AskOutcome outcome,
                  Optional<String> note, Instant at) {
    public Ask {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rep, "rep");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(at, "at");
    }
}
