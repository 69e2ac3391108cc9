package com.referralcoach.store.embedded.contracts;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.port.GoalBook;
import com.referralcoach.core.store.GoalBookContract;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class ShippedGoalBookTest extends GoalBookContract {
    @RegisterExtension
    static final EmbeddedMongo STORE = ShippedStore.extension();

    private GoalBook port;

    @BeforeEach
    void open(MongoDatabase database) {
        port = MongoCoachStore.open(database, Clock.systemUTC()).goals();
    }

    @Override
    protected GoalBook goals() {
        return port;
    }
}
