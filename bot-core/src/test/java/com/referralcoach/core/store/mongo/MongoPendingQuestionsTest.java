package com.referralcoach.core.store.mongo;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.port.PendingQuestions;
import com.referralcoach.core.store.PendingQuestionsContract;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongo.class)
class MongoPendingQuestionsTest extends PendingQuestionsContract {
    private MongoDatabase database;
    private PendingQuestions questions;

    @BeforeEach
    void open(MongoDatabase db) {
        database = db;
        questions = MongoCoachStore.open(db, Clock.systemUTC()).questions();
    }

    @Override
    protected PendingQuestions questions() {
        return questions;
    }

    @Override
    protected PendingQuestions reopened() {
        return MongoCoachStore.open(database, Clock.systemUTC()).questions();
    }
}
