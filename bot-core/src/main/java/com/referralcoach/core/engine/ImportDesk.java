package com.referralcoach.core.engine;

import com.referralcoach.core.domain.ContactImport;
import com.referralcoach.core.domain.ImportId;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.ReminderId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ContactImports;
import com.referralcoach.core.port.ImportLedger;
import com.referralcoach.core.port.RelationshipLog;
import com.referralcoach.core.port.ReminderQueue;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the import handlers share: the people known, and taking an import back out whole (its writes through the
 * store's ledger, its reminders cancelled here). An import left running by a process that stopped is taken out
 * before the next preview in its workspace, once it is older than any import could take.
 */
final class ImportDesk {
    private static final Logger log = LoggerFactory.getLogger(ImportDesk.class);
    /** An import still running after this long was abandoned (100,000 rows take well under a minute). */
    static final Duration ABANDONED = Duration.ofHours(1);

    private final ContactImports imports;
    private final RelationshipLog relationships;
    private final ReminderQueue reminders;

    ImportDesk(ContactImports imports, RelationshipLog relationships, ReminderQueue reminders) {
        this.imports = imports;
        this.relationships = relationships;
        this.reminders = reminders;
    }

    ContactImports imports() {
        return imports;
    }

    ReminderQueue reminders() {
        return reminders;
    }

    /** The people known, looked up batch by batch: kept across batches for the preview, not for the import. */
    KnownPeople known(Rep rep, boolean preview) {
        return preview ? KnownPeople.forPreview(imports, relationships, rep)
                : KnownPeople.forImport(imports, relationships, rep);
    }

    /** Takes out the workspace's imports a stopped process left running. */
    void rollBackAbandoned(Conversation c) {
        for (ContactImport stale : imports.unfinished(c.workspace())) {
            if (stale.startedAt().isBefore(c.instant().minus(ABANDONED))) {
                ImportLedger ledger = remove(c.workspace(), stale.id(), c.instant());
                log.warn("Took out import {} of {} in workspace {}, left unfinished: {} contacts", stale.id(),
                        stale.file(), c.workspace(), ledger.created().size());
            }
        }
    }

    /** Takes the import's writes out and cancels its reminders; what was taken out. */
    ImportLedger remove(WorkspaceId workspace, ImportId id, Instant at) {
        ImportLedger ledger = imports.remove(workspace, id, at);
        for (ReminderId reminder : ledger.reminders()) {
            reminders.cancel(workspace, reminder);
        }
        return ledger;
    }
}
