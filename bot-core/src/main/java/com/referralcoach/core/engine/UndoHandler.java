package com.referralcoach.core.engine;

import com.referralcoach.core.domain.ContactImport;
import com.referralcoach.core.language.UndoLastChange;
import com.referralcoach.core.port.ChangeJournal;
import com.referralcoach.core.port.ContactBook;
import com.referralcoach.core.port.ContactImports;
import com.referralcoach.core.port.Reverted;
import com.referralcoach.core.reply.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** "undo": takes back the rep's latest change of the last 15 minutes, all of it, and says exactly what. */
final class UndoHandler implements CommandHandler<UndoLastChange> {
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final ChangeJournal changes;
    private final ContactBook contacts;
    private final ContactImports imports;

    UndoHandler(ChangeJournal changes, ContactBook contacts, ContactImports imports) {
        this.changes = changes;
        this.contacts = contacts;
        this.imports = imports;
    }

    @Override
    public Reply handle(UndoLastChange command, Conversation conversation) {
        Instant since = conversation.instant().minus(WINDOW);
        // An import is not a change "undo" takes back: changes before it stay, and "undo import" takes it back.
        Optional<ContactImport> imported = imports.latestComplete(conversation.workspace(), conversation.rep().id())
                .filter(i -> i.finishedAt().filter(since::isBefore).isPresent());
        Optional<List<Reverted>> undone = changes.undoLatest(conversation.workspace(), conversation.rep().id(),
                imported.flatMap(ContactImport::finishedAt).orElse(since));
        if (undone.isEmpty() && imported.isPresent()) {
            return Reply.of("Your latest change was the import of " + imported.get().file()
                    + ". Say \"undo import\" to take all of it back.");
        }
        if (undone.isEmpty()) {
            return Reply.of("There is nothing left to undo: I take back changes for 15 minutes after you make them.");
        }
        return Reply.of("Undone: " + UndoText.of(undone.get(), contacts, conversation) + ".");
    }
}
