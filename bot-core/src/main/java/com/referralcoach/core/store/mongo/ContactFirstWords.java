package com.referralcoach.core.store.mongo;

import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Projections.include;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * Contacts saved before they carried their first name-key word get it when the store opens, so a name search,
 * which looks that word up first, still finds them. Each contact is written once; a restart finishes the rest.
 */
final class ContactFirstWords {
    private ContactFirstWords() {
    }

    /** Adds the first word to every contact without one; the number of contacts changed. */
    static int backfill(MongoCollection<Document> contacts) {
        List<Document> missing = MongoCalls.get("read contacts without a first word", () -> contacts
                .find(exists(Fields.FIRST_WORD, false)).projection(include(Fields.ID, Fields.WS, Fields.KEY))
                .into(new ArrayList<>()));
        for (Document contact : missing) {
            String key = contact.getString(Fields.KEY);
            if (key != null) {
                MongoCalls.run("add a contact's first word", () -> contacts.updateOne(
                        WorkspaceCollection.byId(contact.get(Fields.WS), contact.get(Fields.ID)),
                        Updates.set(Fields.FIRST_WORD, NameKeyPattern.firstWord(key))));
            }
        }
        return missing.size();
    }
}
