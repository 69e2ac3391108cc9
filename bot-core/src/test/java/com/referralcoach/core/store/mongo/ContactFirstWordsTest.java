package com.referralcoach.core.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.time.Clock;
import java.util.Date;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Contacts stored before a name search looked up the first word are still found once the store opens again. */
@ExtendWith(EmbeddedMongo.class)
class ContactFirstWordsTest {
    private static final WorkspaceId WS = new WorkspaceId("T-ACME");

    @Test
    void contactsSavedWithoutTheFirstWordAreFoundByNameAfterOpening(MongoDatabase database) {
        database.getCollection(Collections.CONTACTS).insertOne(new Document(Fields.ID, "C-OLD")
                .append(Fields.WS, WS.value()).append(Fields.NAME, "Jane Doe").append(Fields.KEY, "jane doe")
                .append(Fields.CREATED_AT, new Date(0)));

        CoachStore store = MongoCoachStore.open(database, Clock.systemUTC());

        assertThat(store.contacts().findByNameKey(WS, "jane").stream().map(Contact::label)).containsExactly("Jane Doe");
        assertThat(store.contacts().findByNameKey(WS, "jane doe")).hasSize(1);
        assertThat(store.contacts().findByNameKey(new WorkspaceId("T-OTHER"), "jane")).isEmpty();
        assertThat(ContactFirstWords.backfill(database.getCollection(Collections.CONTACTS))).isZero();
    }
}
