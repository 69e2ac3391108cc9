package com.referralcoach.store.embedded.contracts;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.port.AskLog;
import com.referralcoach.core.store.AskLogContract;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class ShippedAskLogTest extends AskLogContract {
    @RegisterExtension
    static final EmbeddedMongo STORE = ShippedStore.extension();

    private AskLog port;

    @BeforeEach
    void open(MongoDatabase database) {
        port = MongoCoachStore.open(database, Clock.systemUTC()).asks();
    }

    @Override
    protected AskLog asks() {
        return port;
    }
}
