package com.referralcoach.core.engine;

import com.referralcoach.core.domain.ContactImport;
import com.referralcoach.core.domain.ImportId;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.ReminderId;
import com.referralcoach.core.domain.ReminderKind;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.port.ContactImports;
import com.referralcoach.core.port.ReminderQueue;
import com.referralcoach.core.port.ImportLedger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start, takes back every import a stopped process left running, through its ledger, and tells its rep once in
 * their direct messages (or the terminal): a notice is queued as a reminder due at once, whose id is the import's,
 * so it is stored once however often the start runs, and the reminder dispatcher delivers it like any other (retried,
 * claimed once). The notice is queued before the import is taken back, so a stop in between leaves the import
 * running for the next start to finish.
 */
public final class ImportRecovery {
    private static final Logger log = LoggerFactory.getLogger(ImportRecovery.class);

    /** On a database several processes share, an import this old can't be running any more. */
    public static final Duration SHARED_STORE_GRACE = ImportDesk.ABANDONED;

    private final ContactImports imports;
    private final ReminderQueue reminders;
    private final ImportDesk desk;
    private final Clock clock;

    public ImportRecovery(CoachStore store, Clock clock) {
        this.imports = store.imports();
        this.reminders = store.reminders();
        this.desk = new ImportDesk(store.imports(), store.relationships(), store.reminders());
        this.clock = clock;
    }

    /**
     * Takes back the imports running since before {@code now - runningFor}: zero when no other process can be
     * importing (the embedded store is one process's), an hour on a shared database. How many were taken back.
     */
    public int takeBackInterrupted(Duration runningFor) {
        Instant now = clock.instant();
        int taken = 0;
        for (ContactImport stopped : imports.unfinishedEverywhere()) {
            if (stopped.startedAt().isAfter(now.minus(runningFor))) {
                continue;
            }
            reminders.schedule(Reminder.pending(stopped.workspace(), noticeOf(stopped.id()), stopped.rep(),
                    ReminderKind.IMPORT_INTERRUPTED, Optional.empty(), Optional.empty(), Optional.empty(), now, now));
            ImportLedger ledger = desk.remove(stopped.workspace(), stopped.id(), now);
            log.warn("Took back import {} of {} by rep {} in workspace {}, interrupted by a restart: {} contacts",
                    stopped.id(), stopped.file(), stopped.rep(), stopped.workspace(), ledger.created().size());
            taken++;
        }
        return taken;
    }

    /** The notice's id: the import's own. */
    static ReminderId noticeOf(ImportId id) {
        return new ReminderId(id.value());
    }
}
