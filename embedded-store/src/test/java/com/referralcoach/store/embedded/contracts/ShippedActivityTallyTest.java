package com.referralcoach.store.embedded.contracts;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.port.ActivityTally;
import com.referralcoach.core.store.ActivityTallyContract;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class ShippedActivityTallyTest extends ActivityTallyContract {
    @RegisterExtension
    static final EmbeddedMongo STORE = ShippedStore.extension();

    private ActivityTally port;

    @BeforeEach
    void open(MongoDatabase database) {
        port = MongoCoachStore.open(database, Clock.systemUTC()).tallies();
    }

    @Override
    protected ActivityTally tallies() {
        return port;
    }
}
