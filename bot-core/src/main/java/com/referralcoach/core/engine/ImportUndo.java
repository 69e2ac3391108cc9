package com.referralcoach.core.engine;

import com.referralcoach.core.domain.ContactImport;
import com.referralcoach.core.language.UndoImport;
import com.referralcoach.core.port.ImportLedger;
import com.referralcoach.core.reply.Reply;
import java.time.Duration;
import java.util.Optional;

/** "undo import": takes the rep's latest import back out, whole, within a day: its contacts, details and reminders. */
final class ImportUndo implements CommandHandler<UndoImport> {
    static final Duration WINDOW = Duration.ofDays(1);

    private final ImportDesk desk;

    ImportUndo(ImportDesk desk) {
        this.desk = desk;
    }

    @Override
    public Reply handle(UndoImport command, Conversation c) {
        Optional<ContactImport> latest = desk.imports().latestComplete(c.workspace(), c.rep().id())
                .filter(i -> i.finishedAt().filter(at -> !at.isBefore(c.instant().minus(WINDOW))).isPresent());
        if (latest.isEmpty()) {
            return Reply.of("There is no import to undo: I take an import back for a day after it.");
        }
        ImportLedger ledger = desk.remove(c.workspace(), latest.get().id(), c.instant());
        return Reply.of("Undone: the import of " + latest.get().file() + ": " + ImportTally.count(ledger.created().size())
                + (ledger.created().size() == 1 ? " contact" : " contacts") + " removed"
                + (ledger.filled().isEmpty() ? "" : ", details taken back from " + ImportTally.people(ledger.filled()
                .size())) + (ledger.reminders().isEmpty() ? "" : ", " + ImportTally.count(ledger.reminders().size())
                + (ledger.reminders().size() == 1 ? " reminder" : " reminders") + " cancelled") + ".");
    }
}
