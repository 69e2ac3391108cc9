package com.referralcoach.core.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Projections.include;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * Contacts stored before {@code mail} (the email as an import matches it) was kept get it when the store opens, so
 * an import finds them by email with one indexed query per batch.
 */
final class ContactMails {
    private ContactMails() {
    }

    static int backfill(MongoCollection<Document> contacts) {
        List<Document> missing = MongoCalls.get("read contacts without a matching email", () -> contacts
                .find(and(exists(Fields.EMAIL, true), exists(Fields.MAIL, false)))
                .projection(include(Fields.ID, Fields.WS, Fields.EMAIL)).into(new ArrayList<>()));
        for (Document contact : missing) {
            String email = contact.getString(Fields.EMAIL);
            if (email != null) {
                MongoCalls.run("add a contact's matching email", () -> contacts.updateOne(
                        WorkspaceCollection.byId(contact.get(Fields.WS), contact.get(Fields.ID)),
                        Updates.set(Fields.MAIL, ContactMapper.mailKey(email))));
            }
        }
        return missing.size();
    }
}
