package com.referralcoach.core.store.mongo;

import java.time.Clock;
import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.port.ContactBook;
import com.referralcoach.core.store.ContactBookContract;
import com.referralcoach.core.testing.EmbeddedMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongo.class)
class MongoContactBookTest extends ContactBookContract {
    private CoachStore store;

    @BeforeEach
    void open(MongoDatabase database) {
        store = MongoCoachStore.open(database, Clock.systemUTC());
    }

    @Override
    protected ContactBook contacts() {
        return store.contacts();
    }
}
