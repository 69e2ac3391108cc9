package com.referralcoach.store.embedded.contracts;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.port.PendingQuestions;
import com.referralcoach.core.store.PendingQuestionsContract;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class ShippedPendingQuestionsTest extends PendingQuestionsContract {
    @RegisterExtension
    static final EmbeddedMongo STORE = ShippedStore.extension();

    private MongoDatabase database;
    private PendingQuestions port;

    @BeforeEach
    void open(MongoDatabase database) {
        this.database = database;
        port = MongoCoachStore.open(database, Clock.systemUTC()).questions();
    }

    @Override
    protected PendingQuestions questions() {
        return port;
    }

    @Override
    protected PendingQuestions reopened() {
        return MongoCoachStore.open(database, Clock.systemUTC()).questions();
    }
}
