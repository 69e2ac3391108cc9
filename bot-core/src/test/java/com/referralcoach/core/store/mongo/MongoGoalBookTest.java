package com.referralcoach.core.store.mongo;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.port.GoalBook;
import com.referralcoach.core.store.GoalBookContract;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongo.class)
class MongoGoalBookTest extends GoalBookContract {
    private CoachStore store;

    @BeforeEach
    void open(MongoDatabase database) {
        store = MongoCoachStore.open(database, Clock.systemUTC());
    }

    @Override
    protected GoalBook goals() {
        return store.goals();
    }
}
