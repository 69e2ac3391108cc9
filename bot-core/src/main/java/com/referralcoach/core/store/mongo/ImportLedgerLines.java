package com.referralcoach.core.store.mongo;

import com.mongodb.client.MongoCollection;
import com.referralcoach.core.domain.WorkspaceId;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * A person's lines in the import ledgers ({@code contactImportBatches}): their id among a batch's created contacts and
 * the details a batch filled in for them (which hold their email). Taking them out leaves the rest of each batch, so
 * "undo import" still removes the others. The workspace's batches are read and checked here, which both servers do
 * alike (the embedded one has no index on them to use anyway).
 */
final class ImportLedgerLines {
    private final MongoCollection<Document> batches;

    ImportLedgerLines(MongoCollection<Document> batches) {
        this.batches = batches;
    }

    /** How many batches hold the contact; with {@code erase}, their lines are taken out. */
    long apply(WorkspaceId workspace, String contact, boolean erase) {
        List<Document> holding = new ArrayList<>();
        MongoCalls.run("read import ledgers", () -> batches.find(new Document(Fields.WS, workspace.value()))
                .forEach(batch -> {
                    if (holds(batch, contact)) {
                        holding.add(batch);
                    }
                }));
        if (erase) {
            for (Document batch : holding) {
                Document rest = new Document(batch)
                        .append(ImportLedgerDocuments.CREATED, ImportLedgerDocuments.strings(batch,
                                ImportLedgerDocuments.CREATED).stream().filter(id -> !id.equals(contact)).toList())
                        .append(ImportLedgerDocuments.FILLED, StoredFields.documents(batch, ImportLedgerDocuments.FILLED)
                                .stream().filter(fill -> !contact.equals(fill.get(Fields.ID))).toList());
                MongoCalls.run("take a person out of an import ledger",
                        () -> batches.replaceOne(new Document(Fields.ID, batch.get(Fields.ID)), rest));
            }
        }
        return holding.size();
    }

    /**
     * The ledger lines of a merge of {@code duplicate} into {@code kept}: neither is listed as created any more (the
     * person kept is one the rep vouched for, so "undo import" must not delete them, and the duplicate is gone);
     * what an import gave either of them becomes details filled in for the person kept, which "undo import" takes
     * out only where the person kept still holds that value. {@code fromDuplicate} is what the kept person learned
     * from the duplicate, {@code ofKept} the kept person's details before the merge.
     */
    void merge(WorkspaceId workspace, String duplicate, String kept, Document fromDuplicate, Document ofKept) {
        List<Document> holding = new ArrayList<>();
        MongoCalls.run("read import ledgers", () -> batches.find(new Document(Fields.WS, workspace.value()))
                .forEach(batch -> {
                    if (holds(batch, duplicate) || holds(batch, kept)) {
                        holding.add(batch);
                    }
                }));
        for (Document batch : holding) {
            List<String> created = ImportLedgerDocuments.strings(batch, ImportLedgerDocuments.CREATED);
            List<Document> filled = new ArrayList<>();
            for (Document fill : StoredFields.documents(batch, ImportLedgerDocuments.FILLED)) {
                filled.add(duplicate.equals(fill.get(Fields.ID)) ? new Document(fill).append(Fields.ID, kept) : fill);
            }
            if (created.contains(duplicate) && fromDuplicate.size() > 1) {
                filled.add(fromDuplicate);
            }
            if (created.contains(kept) && ofKept.size() > 1) {
                filled.add(ofKept);
            }
            Document rest = new Document(batch)
                    .append(ImportLedgerDocuments.CREATED, created.stream()
                            .filter(id -> !id.equals(duplicate) && !id.equals(kept)).toList())
                    .append(ImportLedgerDocuments.FILLED, filled);
            MongoCalls.run("move a merged person's import ledger lines",
                    () -> batches.replaceOne(new Document(Fields.ID, batch.get(Fields.ID)), rest));
        }
    }

    private static boolean holds(Document batch, String contact) {
        return ImportLedgerDocuments.strings(batch, ImportLedgerDocuments.CREATED).contains(contact)
                || StoredFields.documents(batch, ImportLedgerDocuments.FILLED).stream()
                        .anyMatch(fill -> contact.equals(fill.get(Fields.ID)));
    }
}
