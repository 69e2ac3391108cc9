package com.referralcoach.core.store.mongo;

import static com.referralcoach.core.store.StoreSamples.ACME;
import static com.referralcoach.core.store.StoreSamples.GLOBEX;
import static com.referralcoach.core.store.StoreSamples.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.ReferralCoachException;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.PersonName;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.time.Clock;
import java.io.IOException;
import java.net.ServerSocket;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongo.class)
class MongoCoachStoreTest {
    @Test
    void openingTwiceKeepsTheDataAndWorks(MongoDatabase database) {
        Contact jane = contact(ACME, "Jane Doe");
        MongoCoachStore.open(database, Clock.systemUTC()).contacts().save(jane);
        CoachStore again = MongoCoachStore.open(database, Clock.systemUTC());
        assertThat(again.contacts().findByNameKey(ACME, "jane")).containsExactly(jane);
    }

    @Test
    void storesTheDisplayNameAndKeyWithTheWorkspace(MongoDatabase database) {
        Contact jose = contact(ACME, "José  Núñez");
        MongoCoachStore.open(database, Clock.systemUTC()).contacts().save(jose);
        Document stored = database.getCollection("contacts").find().first();
        assertThat(stored).containsEntry("_id", jose.id().value()).containsEntry("ws", "T-ACME")
                .containsEntry("name", "José Núñez").containsEntry("key", "jose nunez")
                .doesNotContainKeys("company", "email", "phone");
    }

    @Test
    void anIdTakenInAnotherWorkspaceIsNeitherReadNorOverwritten(MongoDatabase database) {
        CoachStore store = MongoCoachStore.open(database, Clock.systemUTC());
        Contact jane = contact(ACME, "Jane Doe");
        store.contacts().save(jane);
        Contact impostor = new Contact(GLOBEX, jane.id(), new PersonName("Mallory"), jane.company(), jane.email(),
                jane.phone(), jane.createdAt());
        assertThatThrownBy(() -> store.contacts().save(impostor)).isInstanceOf(ReferralCoachException.class);
        assertThat(store.contacts().find(ACME, jane.id())).contains(jane);
        assertThat(store.contacts().find(GLOBEX, jane.id())).isEmpty();
    }

    @Test
    void driverFailuresBecomeReferralCoachExceptionsWithoutCredentials() throws IOException {
        int unusedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            unusedPort = socket.getLocalPort();
        }
        String uri = "mongodb://alice:s3cret@127.0.0.1:" + unusedPort + "/?serverSelectionTimeoutMS=300";
        try (MongoClient client = MongoClients.create(uri)) {
            assertThatThrownBy(() -> MongoCoachStore.open(client.getDatabase("coach"), Clock.systemUTC()))
                    .isInstanceOf(ReferralCoachException.class)
                    .hasMessageContaining("MongoDB could not create index")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret"));
        }
    }
}
