package com.referralcoach.core.engine;

import com.referralcoach.core.language.UndoLastChange;
import com.referralcoach.core.port.ChangeJournal;
import com.referralcoach.core.port.ContactBook;
import com.referralcoach.core.port.Reverted;
import com.referralcoach.core.reply.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** "undo": takes back the rep's latest change of the last 15 minutes, all of it, and says exactly what. */
final class UndoHandler implements CommandHandler<UndoLastChange> {
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final ChangeJournal changes;
    private final ContactBook contacts;

    UndoHandler(ChangeJournal changes, ContactBook contacts) {
        this.changes = changes;
        this.contacts = contacts;
    }

    @Override
    public Reply handle(UndoLastChange command, Conversation conversation) {
        Optional<List<Reverted>> undone = changes.undoLatest(conversation.workspace(), conversation.rep().id(),
                conversation.instant().minus(WINDOW));
        if (undone.isEmpty()) {
            return Reply.of("There is nothing left to undo: I take back changes for 15 minutes after you make them.");
        }
        return Reply.of("Undone: " + UndoText.of(undone.get(), contacts, conversation) + ".");
    }
}
