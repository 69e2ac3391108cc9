package com.referralcoach.core.port;

import com.referralcoach.core.ReferralCoachException;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactImport;
import com.referralcoach.core.domain.ImportId;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Contact imports kept so that one is all or nothing without transactions: the import is recorded as started, each
 * batch's ledger entry is written before the contacts and details it lists, and the import is marked complete at
 * the end. Removing an import takes out what its ledger lists, whether it completed (an undo) or not (a failure).
 */
public interface ContactImports {
    /** Keeps no imports: any import is refused. */
    ContactImports NONE = new ContactImports() {
        @Override
        public void eachContact(WorkspaceId workspace, Consumer<Contact> each) {
        }

        @Override
        public List<Contact> matching(WorkspaceId workspace, Collection<String> mailKeys,
                                      Collection<String> nameKeys) {
            return List.of();
        }

        @Override
        public void begin(ContactImport started) {
            throw new ReferralCoachException("this store keeps no contact imports");
        }

        @Override
        public void write(ImportBatch batch) {
            throw new ReferralCoachException("this store keeps no contact imports");
        }

        @Override
        public void complete(WorkspaceId workspace, ImportId id, Instant at) {
            throw new ReferralCoachException("this store keeps no contact imports");
        }

        @Override
        public Optional<ContactImport> find(WorkspaceId workspace, ImportId id) {
            return Optional.empty();
        }

        @Override
        public Optional<ContactImport> latestComplete(WorkspaceId workspace, RepId rep) {
            return Optional.empty();
        }

        @Override
        public List<ContactImport> unfinished(WorkspaceId workspace) {
            return List.of();
        }

        @Override
        public List<ContactImport> unfinishedEverywhere() {
            return List.of();
        }

        @Override
        public ImportLedger remove(WorkspaceId workspace, ImportId id, Instant at) {
            return new ImportLedger(List.of(), List.of(), 0, List.of());
        }
    };

    /** Every contact of the workspace, one at a time, in no particular order (for matching a file to who is known). */
    void eachContact(WorkspaceId workspace, Consumer<Contact> each);

    /**
     * The workspace's contacts whose email, stripped and in lower case, is one of {@code mailKeys}, or whose name key
     * is one of {@code nameKeys}, each once: what an import needs to match one batch of rows, so it never holds the
     * whole book.
     */
    List<Contact> matching(WorkspaceId workspace, Collection<String> mailKeys, Collection<String> nameKeys);

    /** Records an import as started (RUNNING). */
    void begin(ContactImport started);

    /**
     * Writes one batch, durably: first its ledger entry, then the new contacts, the details filled in where the
     * contact still lacks them, and the events. A failure part-way leaves the ledger entry to remove it by.
     */
    void write(ImportBatch batch);

    /** Marks a running import complete at {@code at}. */
    void complete(WorkspaceId workspace, ImportId id, Instant at);

    Optional<ContactImport> find(WorkspaceId workspace, ImportId id);

    /** The rep's most recently completed import that was not removed since. */
    Optional<ContactImport> latestComplete(WorkspaceId workspace, RepId rep);

    /** The workspace's imports that started and never completed nor were removed (a process stopped mid-way). */
    List<ContactImport> unfinished(WorkspaceId workspace);

    /**
     * The unfinished imports of every workspace, oldest first: the one read across workspaces, for the sweep at start
     * that takes back what a stopped process left (each is then removed within its own workspace).
     */
    List<ContactImport> unfinishedEverywhere();

    /**
     * Takes out everything the import's ledger lists: its contacts, the details it filled in that still hold its
     * value, its events; marks the import REMOVED at {@code at}. What was listed, for the caller to cancel the
     * reminders. Removing twice takes out nothing more.
     */
    ImportLedger remove(WorkspaceId workspace, ImportId id, Instant at);
}
