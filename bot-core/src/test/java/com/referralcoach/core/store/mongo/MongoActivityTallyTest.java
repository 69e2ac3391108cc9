package com.referralcoach.core.store.mongo;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.port.ActivityTally;
import com.referralcoach.core.store.ActivityTallyContract;
import com.referralcoach.core.testing.EmbeddedMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongo.class)
class MongoActivityTallyTest extends ActivityTallyContract {
    private ActivityTally tallies;

    @BeforeEach
    void open(MongoDatabase database) {
        tallies = MongoActivityTally.open(database);
    }

    @Override
    protected ActivityTally tallies() {
        return tallies;
    }
}
