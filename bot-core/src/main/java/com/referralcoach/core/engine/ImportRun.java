package com.referralcoach.core.engine;

import com.referralcoach.core.contactfile.ContactFile;
import com.referralcoach.core.contactfile.ContactFileReader;
import com.referralcoach.core.contactfile.FileCheck;
import com.referralcoach.core.contactfile.FileReading;
import com.referralcoach.core.domain.ContactImport;
import com.referralcoach.core.domain.ImportId;
import com.referralcoach.core.language.ConfirmImport;
import com.referralcoach.core.port.ContactFiles;
import com.referralcoach.core.port.ImportProgress;
import com.referralcoach.core.reminders.RelationshipPlanner;
import com.referralcoach.core.reply.Reply;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "yes" to an import's preview: reads the file again (refused if its bytes changed since), writes it in batches
 * under one import id, plans the birthdays' and anniversaries' reminders, and marks the import complete. Any failure
 * takes out everything the import wrote, so a failed import leaves nothing. Long imports tell their progress.
 */
final class ImportRun implements CommandHandler<ConfirmImport> {
    private static final Logger log = LoggerFactory.getLogger(ImportRun.class);
    /** Imports with fewer rows finish before a progress line would help. */
    static final int PROGRESS_FROM = 2_000;

    private final ContactFiles files;
    private final ImportDesk desk;
    private final RelationshipPlanner planner;
    private final ImportProgress progress;
    private final ContactFileReader reader = new ContactFileReader();

    ImportRun(ContactFiles files, ImportDesk desk, RelationshipPlanner planner, ImportProgress progress) {
        this.files = files;
        this.desk = desk;
        this.planner = planner;
        this.progress = progress;
    }

    @Override
    public Reply handle(ConfirmImport command, Conversation c) {
        Optional<ContactFile> opened = files.reopen(c.workspace(), c.rep().id(), command.file());
        if (opened.isEmpty()) {
            return Reply.of(files.missing(c.workspace(), command.file()) + " Nothing was imported.");
        }
        ContactFile file = opened.get();
        FileCheck check = reader.check(file);
        if (check instanceof FileReading.Refused refused) {
            return Reply.of(refused.reason());
        }
        if (!((ContactFileReader.Fingerprint) check).sha256().equals(command.sha256())) {
            return Reply.of(file.name() + " changed since I previewed it, so I imported nothing. Say \"import "
                    + command.file() + "\" again to see what it holds now.");
        }
        ImportId id = ImportId.random();
        desk.imports().begin(ContactImport.started(c.rep(), id, file.name(), c.instant()));
        ImportBatches batches = new ImportBatches(c.rep(), id, desk.imports(), planner, desk.reminders(),
                c.instant());
        KnownPeople known = desk.known(c.rep(), false);
        ImportTally tally = new ImportTally();
        ProgressLine line = new ProgressLine(file.name(), command.rows(), text -> progress.update(c.workspace(),
                c.rep().id(), text));
        RowGroups rows = new RowGroups(known, new RowPlanner(known, c.workspace(), c.instant()), plan -> {
            tally.add(plan);
            batches.add(plan);
            line.passed(tally.rows());
        }, batches::flush);
        try {
            FileReading reading = reader.read(file, rows::add);
            if (reading instanceof FileReading.Refused refused) {
                desk.remove(c.workspace(), id, c.instant());
                return Reply.of(refused.reason() + " Nothing was imported.");
            }
            rows.flush();
            batches.flush();
            desk.imports().complete(c.workspace(), id, c.instant());
        } catch (RuntimeException e) {
            log.error("Import {} of {} failed in workspace {}; taking out what it wrote", id, file.name(),
                    c.workspace(), e);
            desk.remove(c.workspace(), id, c.instant());
            return Reply.of("The import of " + file.name() + " failed part-way because of a problem on my side, so I"
                    + " took out everything it had written: nothing was imported. Try again in a moment.");
        }
        return Reply.of(said(file.name(), tally));
    }

    private static String said(String file, ImportTally tally) {
        StringBuilder text = new StringBuilder("Imported " + file + ": " + ImportTally.count(tally.created())
                + " new " + (tally.created() == 1 ? "contact" : "contacts"));
        if (tally.filled() > 0) {
            text.append(", details added to ").append(ImportTally.people(tally.filled())).append(" you knew");
        }
        int unchanged = tally.known() - tally.filled();
        if (unchanged > 0) {
            text.append(", ").append(ImportTally.people(unchanged)).append(" already known with nothing to add");
        }
        if (tally.dated() > 0) {
            text.append(", ").append(ImportTally.count(tally.dated()))
                    .append(tally.dated() == 1 ? " birthday or customer-since date" : " birthdays and customer-since"
                            + " dates").append(" with their reminders planned");
        }
        text.append('.');
        if (tally.skipped() > 0) {
            text.append(" Skipped ").append(ImportTally.rows(tally.skipped())).append(": ").append(tally.reasons())
                    .append('.');
        }
        return text.append(" Say \"undo import\" within a day to take it all back.").toString();
    }
}
