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

    private static boolean holds(Document batch, String contact) {
        return ImportLedgerDocuments.strings(batch, ImportLedgerDocuments.CREATED).contains(contact)
                || StoredFields.documents(batch, ImportLedgerDocuments.FILLED).stream()
                        .anyMatch(fill -> contact.equals(fill.get(Fields.ID)));
    }
}
