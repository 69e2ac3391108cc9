package com.referralcoach.core.store.mongo;

import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.ReminderId;
import com.referralcoach.core.port.ContactFill;
import com.referralcoach.core.port.ImportBatch;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/** An import batch's ledger entry <-> document: ids created, details filled (field by field), events, reminders. */
final class ImportLedgerDocuments {
    static final String CREATED = "created";
    static final String FILLED = "filled";
    static final String EVENTS = "events";
    static final String REMINDERS = "reminders";
    static final String IMPORT = "import";
    /** The contact fields an import may fill, in the order a fill lists them. */
    static final List<String> FILLABLE = List.of(Fields.COMPANY, Fields.EMAIL, Fields.PHONE, Fields.TITLE,
            Fields.NOTES);

    private ImportLedgerDocuments() {
    }

    static String id(String importId, int number) {
        return StoredIds.of(importId, String.format("%06d", number));
    }

    static Document toDocument(ImportBatch batch) {
        return new Document(Fields.ID, id(batch.id().value(), batch.number()))
                .append(Fields.WS, batch.workspace().value())
                .append(IMPORT, batch.id().value())
                .append(CREATED, batch.created().stream().map(c -> c.id().value()).toList())
                .append(FILLED, batch.filled().stream().map(ImportLedgerDocuments::fill).toList())
                .append(EVENTS, batch.events().stream().map(e -> e.id().value()).toList())
                .append(REMINDERS, batch.reminders().stream().map(ReminderId::value).toList());
    }

    static Document fill(ContactFill fill) {
        Document document = new Document(Fields.ID, fill.contact().value());
        List<Optional<String>> values = values(fill);
        for (int i = 0; i < FILLABLE.size(); i++) {
            StoredFields.putOptional(document, FILLABLE.get(i), values.get(i));
        }
        return document;
    }

    static List<Optional<String>> values(ContactFill fill) {
        return List.of(fill.company(), fill.email(), fill.phone(), fill.title(), fill.notes());
    }

    static ContactFill toFill(Document document) {
        return new ContactFill(new ContactId(document.getString(Fields.ID)),
                StoredFields.optionalString(document, Fields.COMPANY), StoredFields.optionalString(document, Fields.EMAIL),
                StoredFields.optionalString(document, Fields.PHONE), StoredFields.optionalString(document, Fields.TITLE),
                StoredFields.optionalString(document, Fields.NOTES));
    }

    static List<String> strings(Document document, String field) {
        return document.getList(field, String.class, List.of());
    }
}
