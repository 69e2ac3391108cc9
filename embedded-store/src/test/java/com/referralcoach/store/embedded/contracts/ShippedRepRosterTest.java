package com.referralcoach.store.embedded.contracts;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.port.RepRoster;
import com.referralcoach.core.store.RepRosterContract;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class ShippedRepRosterTest extends RepRosterContract {
    @RegisterExtension
    static final EmbeddedMongo STORE = ShippedStore.extension();

    private RepRoster port;

    @BeforeEach
    void open(MongoDatabase database) {
        port = MongoCoachStore.open(database, Clock.systemUTC()).reps();
    }

    @Override
    protected RepRoster reps() {
        return port;
    }
}
