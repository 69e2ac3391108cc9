package com.referralcoach.core.store.mongo;

import java.time.Clock;
import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.port.RepRoster;
import com.referralcoach.core.store.RepRosterContract;
import com.referralcoach.core.testing.EmbeddedMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongo.class)
class MongoRepRosterTest extends RepRosterContract {
    private CoachStore store;

    @BeforeEach
    void open(MongoDatabase database) {
        store = MongoCoachStore.open(database, Clock.systemUTC());
    }

    @Override
    protected RepRoster reps() {
        return store.reps();
    }
}
