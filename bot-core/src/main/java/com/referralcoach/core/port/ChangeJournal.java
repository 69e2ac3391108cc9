package com.referralcoach.core.port;

import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What each rep's messages changed in storage, kept for a short while so the latest change can be taken back:
 * the store records every write made while {@link #recording} runs, including what was created on the way.
 */
public interface ChangeJournal {
    /** Records nothing and has nothing to undo. */
    ChangeJournal NONE = new ChangeJournal() {
        @Override
        public <T> T recording(WorkspaceId workspace, RepId rep, Instant at, Supplier<T> change) {
            return change.get();
        }

        @Override
        public Optional<List<Reverted>> undoLatest(WorkspaceId workspace, RepId rep, Instant since) {
            return Optional.empty();
        }
    };

    /** Runs {@code change} on this thread; what it writes is kept as one change of the rep's, made at {@code at}. */
    <T> T recording(WorkspaceId workspace, RepId rep, Instant at, Supplier<T> change);

    /**
     * Takes back the rep's latest change made at or after {@code since} and forgets it; what was put back, in the
     * order the change had first touched it, or empty when there is no such change. What others changed since
     * stands: counters lose only what the change added, and a field someone else has set again keeps their value.
     */
    Optional<List<Reverted>> undoLatest(WorkspaceId workspace, RepId rep, Instant since);
}
