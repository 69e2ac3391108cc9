package com.referralcoach.core.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One import of a file of contacts by a rep: started, then complete (it counts, and can be undone for a day) or
 * taken back out (undone, or failed and rolled back).
 */
public record ContactImport(WorkspaceId workspace, ImportId id, RepId rep, String file, Instant startedAt,
                            Status status, Optional<Instant> finishedAt) {
    /** Where an import stands. */
    public enum Status {
        /** Being written; what carries its id is not yet part of the rep's contacts for good. */
        RUNNING,
        /** Every row written and its reminders planned. */
        COMPLETE,
        /** Taken back out: undone by the rep, or rolled back after a failure. */
        REMOVED
    }

    public ContactImport {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rep, "rep");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(finishedAt, "finishedAt");
    }

    public static ContactImport started(Rep rep, ImportId id, String file, Instant at) {
        return new ContactImport(rep.workspace(), id, rep.id(), file, at, Status.RUNNING, Optional.empty());
    }
}
