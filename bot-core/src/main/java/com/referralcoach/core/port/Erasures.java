package com.referralcoach.core.port;

import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The right to erasure: one person, or a whole workspace, taken out of every collection. No store here has
 * transactions, so an erasure is marked first and its documents are deleted in an order that running it again
 * completes (what points at the person before the person; the mark last). Anonymous tallies stay.
 */
public interface Erasures {
    /** Erases nothing: for compositions without a store. */
    Erasures NONE = new Erasures() {
        @Override
        public PersonFootprint footprint(WorkspaceId workspace, ContactId contact) {
            return PersonFootprint.NONE;
        }

        @Override
        public PersonFootprint erase(WorkspaceId workspace, ContactId contact, Instant at) {
            return PersonFootprint.NONE;
        }

        @Override
        public List<ContactId> unfinished(WorkspaceId workspace) {
            return List.of();
        }

        @Override
        public WorkspaceFootprint footprint(WorkspaceId workspace) {
            return new WorkspaceFootprint(0, 0, 0);
        }

        @Override
        public void confirmOnce(WorkspaceId workspace, RepId by, Instant at) {
        }

        @Override
        public Optional<WorkspaceErasure> erasure(WorkspaceId workspace) {
            return Optional.empty();
        }

        @Override
        public WorkspaceFootprint eraseWorkspace(WorkspaceId workspace, RepId by, Instant at) {
            return new WorkspaceFootprint(0, 0, 0);
        }
    };

    /** What erasing the contact would take out now. */
    PersonFootprint footprint(WorkspaceId workspace, ContactId contact);

    /**
     * Erases the contact and everything that holds them, marked as under way until done; after a failure, calling it
     * again finishes it (the contact goes last, so it can still be found by name to ask again). Returns what went.
     */
    PersonFootprint erase(WorkspaceId workspace, ContactId contact, Instant at);

    /** Contacts whose erasure was started and did not finish (the process stopped, the store failed). */
    List<ContactId> unfinished(WorkspaceId workspace);

    /** What erasing the whole workspace would take out now. */
    WorkspaceFootprint footprint(WorkspaceId workspace);

    /** Notes that an admin said yes once to erasing the workspace; the second confirmation must follow. */
    void confirmOnce(WorkspaceId workspace, RepId by, Instant at);

    /** The workspace's erasure, confirmed once or started, if any. */
    Optional<WorkspaceErasure> erasure(WorkspaceId workspace);

    /**
     * Erases every document of the workspace in every collection, the mark that it is under way last; calling it
     * again after a failure finishes it. Returns what went.
     */
    WorkspaceFootprint eraseWorkspace(WorkspaceId workspace, RepId by, Instant at);
}
