package com.referralcoach.core.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.ContactImport;
import com.referralcoach.core.domain.ImportId;
import com.referralcoach.core.domain.ReminderId;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ContactFill;
import com.referralcoach.core.port.ContactImports;
import com.referralcoach.core.port.ImportBatch;
import com.referralcoach.core.port.ImportLedger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Contact imports in {@code contactImports} (one document each) and their ledger in {@code contactImportBatches}
 * ({@code _id} of import id and batch number, read back by id one after the other until one is missing). Batches are
 * written ledger first, then contacts ({@code insertMany}), fills (one conditional {@code $set} per field: only where
 * the field is absent) and events, so a removal finds everything a half-written batch may have left.
 */
final class MongoContactImports implements ContactImports {
    private static final String FILE = "file";
    private static final String FINISHED_AT = "finishedAt";
    private static final InsertManyOptions UNORDERED = new InsertManyOptions().ordered(false);

    private final MongoCollection<Document> imports;
    private final MongoCollection<Document> batches;
    private final MongoCollection<Document> contacts;
    private final MongoCollection<Document> events;

    MongoContactImports(MongoCollection<Document> imports, MongoCollection<Document> batches,
                        MongoCollection<Document> contacts, MongoCollection<Document> events) {
        this.imports = imports;
        this.batches = batches;
        this.contacts = contacts;
        this.events = events;
    }

    @Override
    public void eachContact(WorkspaceId workspace, Consumer<Contact> each) {
        MongoCalls.run("read the contacts", () -> contacts.find(eq(Fields.WS, workspace.value()))
                .forEach(d -> each.accept(ContactMapper.toContact(d))));
    }

    @Override
    public List<Contact> matching(WorkspaceId workspace, Collection<String> mailKeys, Collection<String> nameKeys) {
        java.util.Map<String, Contact> found = new java.util.LinkedHashMap<>();
        List<String> mails = mailKeys.stream().distinct().toList();
        List<String> names = nameKeys.stream().distinct().toList();
        for (int start = 0; start < mails.size(); start += WorkspaceCollection.BATCH) {
            List<String> some = mails.subList(start, Math.min(mails.size(), start + WorkspaceCollection.BATCH));
            MongoCalls.run("find contacts by email", () -> contacts.find(and(eq(Fields.WS, workspace.value()),
                    in(Fields.MAIL, some))).forEach(d -> found.put(d.getString(Fields.ID), ContactMapper.toContact(d))));
        }
        for (int start = 0; start < names.size(); start += WorkspaceCollection.BATCH) {
            List<String> some = names.subList(start, Math.min(names.size(), start + WorkspaceCollection.BATCH));
            MongoCalls.run("find contacts by name", () -> contacts.find(and(eq(Fields.WS, workspace.value()),
                    in(Fields.KEY, some))).forEach(d -> found.put(d.getString(Fields.ID), ContactMapper.toContact(d))));
        }
        return List.copyOf(found.values());
    }

    @Override
    public void begin(ContactImport started) {
        Document document = new Document(Fields.ID, started.id().value()).append(Fields.WS, started.workspace().value())
                .append(Fields.REP, started.rep().value()).append(FILE, started.file())
                .append(Fields.AT, StoredFields.date(started.startedAt())).append(Fields.STATUS, started.status().name());
        started.finishedAt().ifPresent(at -> document.append(FINISHED_AT, StoredFields.date(at)));
        MongoCalls.run("record an import", () -> imports.replaceOne(new Document(Fields.ID, started.id().value()),
                document, new ReplaceOptions().upsert(true)));
    }

    @Override
    public void write(ImportBatch batch) {
        MongoCalls.run("write an import's ledger", () -> batches.replaceOne(
                new Document(Fields.ID, ImportLedgerDocuments.id(batch.id().value(), batch.number())),
                ImportLedgerDocuments.toDocument(batch), new ReplaceOptions().upsert(true)));
        if (!batch.created().isEmpty()) {
            MongoCalls.run("import contacts", () -> contacts.insertMany(
                    batch.created().stream().map(ContactMapper::toDocument).toList(), UNORDERED));
        }
        List<WriteModel<Document>> fills = new ArrayList<>();
        for (ContactFill fill : batch.filled()) {
            List<Optional<String>> values = ImportLedgerDocuments.values(fill);
            for (int i = 0; i < values.size(); i++) {
                String field = ImportLedgerDocuments.FILLABLE.get(i);
                values.get(i).ifPresent(value -> fills.add(new UpdateOneModel<>(and(eq(Fields.ID,
                        fill.contact().value()), eq(Fields.WS, batch.workspace().value()), exists(field, false)),
                        field.equals(Fields.EMAIL) ? Updates.combine(Updates.set(field, value),
                                Updates.set(Fields.MAIL, ContactMapper.mailKey(value))) : Updates.set(field, value))));
            }
        }
        if (!fills.isEmpty()) {
            MongoCalls.run("fill in contacts", () -> contacts.bulkWrite(fills));
        }
        if (!batch.events().isEmpty()) {
            MongoCalls.run("import dates", () -> events.insertMany(
                    batch.events().stream().map(RelationshipMapper::toDocument).toList(), UNORDERED));
        }
    }

    @Override
    public void complete(WorkspaceId workspace, ImportId id, Instant at) {
        MongoCalls.run("complete an import", () -> imports.updateOne(byId(workspace, id),
                Updates.combine(Updates.set(Fields.STATUS, ContactImport.Status.COMPLETE.name()),
                        Updates.set(FINISHED_AT, StoredFields.date(at)))));
    }

    @Override
    public Optional<ContactImport> find(WorkspaceId workspace, ImportId id) {
        return Optional.ofNullable(MongoCalls.get("read an import", () -> imports.find(byId(workspace, id)).first()))
                .map(MongoContactImports::toImport);
    }

    @Override
    public Optional<ContactImport> latestComplete(WorkspaceId workspace, RepId rep) {
        return Optional.ofNullable(MongoCalls.get("read imports", () -> imports.find(and(eq(Fields.WS,
                        workspace.value()), eq(Fields.REP, rep.value()),
                        eq(Fields.STATUS, ContactImport.Status.COMPLETE.name())))
                .sort(Sorts.descending(FINISHED_AT)).first())).map(MongoContactImports::toImport);
    }

    @Override
    public List<ContactImport> unfinished(WorkspaceId workspace) {
        return MongoCalls.get("read imports", () -> imports.find(and(eq(Fields.WS, workspace.value()),
                        eq(Fields.STATUS, ContactImport.Status.RUNNING.name()))).sort(Sorts.ascending(Fields.AT))
                .into(new ArrayList<>())).stream().map(MongoContactImports::toImport).toList();
    }

    @Override
    public List<ContactImport> unfinishedEverywhere() {
        return MongoCalls.get("read imports", () -> imports.find(eq(Fields.STATUS,
                        ContactImport.Status.RUNNING.name())).sort(Sorts.ascending(Fields.AT))
                .into(new ArrayList<>())).stream().map(MongoContactImports::toImport).toList();
    }

    @Override
    public ImportLedger remove(WorkspaceId workspace, ImportId id, Instant at) {
        List<ContactId> created = new ArrayList<>();
        List<ContactFill> filled = new ArrayList<>();
        List<ReminderId> reminders = new ArrayList<>();
        int eventCount = 0;
        for (int number = 0; ; number++) {
            String ledgerId = ImportLedgerDocuments.id(id.value(), number);
            Document batch = MongoCalls.get("read an import's ledger",
                    () -> batches.find(new Document(Fields.ID, ledgerId)).first());
            if (batch == null || !workspace.value().equals(batch.getString(Fields.WS))) {
                break;
            }
            List<String> contactIds = ImportLedgerDocuments.strings(batch, ImportLedgerDocuments.CREATED);
            List<String> eventIds = ImportLedgerDocuments.strings(batch, ImportLedgerDocuments.EVENTS);
            deleteByIds(contacts, workspace, contactIds);
            deleteByIds(events, workspace, eventIds);
            List<ContactFill> fills = StoredFields.documents(batch, ImportLedgerDocuments.FILLED).stream()
                    .map(ImportLedgerDocuments::toFill).toList();
            unfill(workspace, fills);
            contactIds.forEach(c -> created.add(new ContactId(c)));
            filled.addAll(fills);
            eventCount += eventIds.size();
            ImportLedgerDocuments.strings(batch, ImportLedgerDocuments.REMINDERS)
                    .forEach(r -> reminders.add(new ReminderId(r)));
        }
        MongoCalls.run("remove an import", () -> imports.updateOne(byId(workspace, id), Updates.combine(
                Updates.set(Fields.STATUS, ContactImport.Status.REMOVED.name()),
                Updates.set(FINISHED_AT, StoredFields.date(at)))));
        return new ImportLedger(created, filled, eventCount, reminders);
    }

    /** Takes each filled field back out where it still holds the import's value. */
    private void unfill(WorkspaceId workspace, List<ContactFill> fills) {
        List<WriteModel<Document>> unsets = new ArrayList<>();
        for (ContactFill fill : fills) {
            List<Optional<String>> values = ImportLedgerDocuments.values(fill);
            for (int i = 0; i < values.size(); i++) {
                String field = ImportLedgerDocuments.FILLABLE.get(i);
                values.get(i).ifPresent(value -> unsets.add(new UpdateOneModel<>(and(eq(Fields.ID,
                        fill.contact().value()), eq(Fields.WS, workspace.value()), eq(field, value)),
                        field.equals(Fields.EMAIL) ? Updates.combine(Updates.unset(field), Updates.unset(Fields.MAIL))
                                : Updates.unset(field))));
            }
        }
        if (!unsets.isEmpty()) {
            MongoCalls.run("take filled details back", () -> contacts.bulkWrite(unsets));
        }
    }

    private static void deleteByIds(MongoCollection<Document> collection, WorkspaceId workspace, List<String> ids) {
        for (int start = 0; start < ids.size(); start += WorkspaceCollection.BATCH) {
            List<String> batch = ids.subList(start, Math.min(ids.size(), start + WorkspaceCollection.BATCH));
            MongoCalls.run("remove imported documents", () -> collection.deleteMany(
                    and(in(Fields.ID, batch), eq(Fields.WS, workspace.value()))));
        }
    }

    private static Bson byId(WorkspaceId workspace, ImportId id) {
        return WorkspaceCollection.byId(workspace.value(), id.value());
    }

    private static ContactImport toImport(Document d) {
        return new ContactImport(new WorkspaceId(d.getString(Fields.WS)), new ImportId(d.getString(Fields.ID)),
                new RepId(d.getString(Fields.REP)), d.getString(FILE), StoredFields.instant(d, Fields.AT),
                ContactImport.Status.valueOf(d.getString(Fields.STATUS)),
                StoredFields.optionalInstant(d, FINISHED_AT));
    }
}
