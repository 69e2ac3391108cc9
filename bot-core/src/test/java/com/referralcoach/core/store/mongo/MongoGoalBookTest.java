package com.referralcoach.core.store.mongo;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.port.GoalBook;
import com.referralcoach.core.store.GoalBookContract;
import com.referralcoach.core.testing.EmbeddedMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongo.class)
class MongoGoalBookTest extends GoalBookContract {
    private GoalBook goals;

    @BeforeEach
    void open(MongoDatabase database) {
        goals = MongoGoalBook.open(database);
    }

    @Override
    protected GoalBook goals() {
        return goals;
    }
}
