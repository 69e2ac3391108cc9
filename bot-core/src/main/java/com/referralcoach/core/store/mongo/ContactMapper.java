package com.referralcoach.core.store.mongo;

import static com.referralcoach.core.store.mongo.StoredFields.date;
import static com.referralcoach.core.store.mongo.StoredFields.instant;
import static com.referralcoach.core.store.mongo.StoredFields.optionalString;
import static com.referralcoach.core.store.mongo.StoredFields.putOptional;
import static com.referralcoach.core.store.mongo.StoredFields.string;

import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.PersonName;
import com.referralcoach.core.domain.WorkspaceId;
import org.bson.Document;

/** Contact <-> document of the {@code contacts} collection; keeps the display name and its search key. */
final class ContactMapper {
    private ContactMapper() {
    }

    static Document toDocument(Contact contact) {
        Document document = new Document(Fields.ID, contact.id().value())
                .append(Fields.WS, contact.workspace().value())
                .append(Fields.NAME, contact.name().display())
                .append(Fields.KEY, contact.name().key())
                .append(Fields.FIRST_WORD, NameKeyPattern.firstWord(contact.name().key()));
        putOptional(document, Fields.COMPANY, contact.company());
        putOptional(document, Fields.EMAIL, contact.email());
        putOptional(document, Fields.MAIL, contact.email().map(ContactMapper::mailKey));
        putOptional(document, Fields.PHONE, contact.phone());
        putOptional(document, Fields.TITLE, contact.title());
        putOptional(document, Fields.NOTES, contact.notes());
        return document.append(Fields.CREATED_AT, date(contact.createdAt()));
    }

    /** An email as it is matched: stripped, in lower case. */
    static String mailKey(String email) {
        return email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    static Contact toContact(Document document) {
        return new Contact(new WorkspaceId(string(document, Fields.WS)), new ContactId(string(document, Fields.ID)),
                new PersonName(string(document, Fields.NAME)), optionalString(document, Fields.COMPANY),
                optionalString(document, Fields.EMAIL), optionalString(document, Fields.PHONE),
                optionalString(document, Fields.TITLE), optionalString(document, Fields.NOTES),
                instant(document, Fields.CREATED_AT));
    }
}
