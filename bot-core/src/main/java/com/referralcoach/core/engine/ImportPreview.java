package com.referralcoach.core.engine;

import com.referralcoach.core.contactfile.ContactFile;
import com.referralcoach.core.contactfile.ContactFileReader;
import com.referralcoach.core.contactfile.FileCheck;
import com.referralcoach.core.contactfile.FileReading;
import com.referralcoach.core.language.ConfirmImport;
import com.referralcoach.core.language.ImportContacts;
import com.referralcoach.core.port.ContactFiles;
import com.referralcoach.core.port.PendingQuestion;
import com.referralcoach.core.port.PendingQuestions;
import com.referralcoach.core.reply.Reply;
import com.referralcoach.core.reply.SuggestedAction;
import java.util.List;
import java.util.Optional;

/**
 * "import Connections.csv": reads the file through once, stores nothing, and says what an import would do: "Found 412
 * people in Connections.csv: 380 new, 29 already known (matched by email, then name), 3 rows unreadable (line 17: no
 * name). Import? Yes / No". The import waits as the rep's open question, by the file's fingerprint.
 */
final class ImportPreview implements CommandHandler<ImportContacts> {
    private final ContactFiles files;
    private final ImportDesk desk;
    private final PendingQuestions questions;
    private final ContactFileReader reader = new ContactFileReader();

    ImportPreview(ContactFiles files, ImportDesk desk, PendingQuestions questions) {
        this.files = files;
        this.desk = desk;
        this.questions = questions;
    }

    @Override
    public Reply handle(ImportContacts command, Conversation c) {
        Optional<ContactFile> opened = files.open(c.workspace(), c.rep().id(), command.file());
        if (opened.isEmpty()) {
            return Reply.of(files.missing(c.workspace(), command.file()));
        }
        ContactFile file = opened.get();
        FileCheck check = reader.check(file);
        if (check instanceof FileReading.Refused refused) {
            return Reply.of(refused.reason());
        }
        desk.rollBackAbandoned(c);
        KnownPeople known = desk.known(c.rep(), true);
        ImportTally tally = new ImportTally();
        RowGroups rows = new RowGroups(known, new RowPlanner(known, c.workspace(), c.instant()), tally::add, () -> {
        });
        FileReading reading = reader.read(file, rows::add);
        rows.flush();
        if (reading instanceof FileReading.Refused refused) {
            return Reply.of(refused.reason());
        }
        String found = "Found " + ImportTally.people(tally.rows()) + " in " + file.name() + ": "
                + ImportTally.count(tally.created()) + " new, " + ImportTally.count(tally.known())
                + " already known (matched by email, then name)"
                + (tally.skipped() == 0 ? "" : ", " + ImportTally.rows(tally.skipped()) + " unreadable ("
                + tally.reasons() + ")");
        if (tally.created() == 0 && tally.known() == 0) {
            return Reply.of(found + ". There is no one I can import.");
        }
        ConfirmImport confirm = new ConfirmImport(command.file(), ((ContactFileReader.Fingerprint) check).sha256(),
                tally.rows());
        questions.ask(new PendingQuestion(c.workspace(), c.rep().id(), confirm, "the import of " + file.name(),
                c.text(), c.instant()));
        return Reply.of(found + ". Import? Yes / No").withActions(List.of(SuggestedAction.send("Yes", "yes"),
                SuggestedAction.send("No", "no")));
    }
}
