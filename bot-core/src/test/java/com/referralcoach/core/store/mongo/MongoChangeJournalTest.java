package com.referralcoach.core.store.mongo;

import static com.referralcoach.core.store.StoreSamples.ACME;
import static com.referralcoach.core.store.StoreSamples.ANA;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.PersonName;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.store.ChangeJournalContract;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongo.class)
class MongoChangeJournalTest extends ChangeJournalContract {
    private MongoDatabase database;
    private CoachStore store;

    @BeforeEach
    void open(MongoDatabase database) {
        this.database = database;
        store = MongoCoachStore.open(database, Clock.systemUTC());
    }

    @Override
    protected CoachStore store() {
        return store;
    }

    @Test
    void aRepsChangesOlderThanAnHourAreDroppedAsTheyGoOnButTheLastHoursStayForUndo() {
        Instant start = Instant.parse("2026-03-02T09:00:00Z");
        for (int minute = 0; minute < 50; minute += 10) {
            saveAt(start.plus(Duration.ofMinutes(minute)), "c-" + minute);
        }
        saveAt(start.plus(Duration.ofMinutes(100)), "c-100");
        saveAt(start.plus(Duration.ofMinutes(105)), "c-105");

        MongoCollection<Document> changes = database.getCollection("changes");
        // The changes at 9:00, 9:30 and 10:40 dropped those over an hour old: 9:00 to 9:30 are gone, 9:40 stays.
        assertThat(changes.find(new Document("rep", ANA.value())).map(d -> d.getDate("at").toInstant()))
                .containsExactlyInAnyOrder(start.plus(Duration.ofMinutes(40)), start.plus(Duration.ofMinutes(100)),
                        start.plus(Duration.ofMinutes(105)));
        assertThat(store.changes().undoLatest(ACME, ANA, start.plus(Duration.ofMinutes(90)))).isPresent();
        assertThat(store.contacts().find(ACME, new ContactId("c-105"))).isEmpty();
        assertThat(store.contacts().find(ACME, new ContactId("c-100"))).isPresent();
    }

    private void saveAt(Instant at, String id) {
        store.changes().recording(ACME, ANA, at, () -> {
            store.contacts().save(new Contact(ACME, new ContactId(id), new PersonName("Person " + id),
                    Optional.empty(), Optional.empty(), Optional.empty(), at));
            return null;
        });
    }
}
