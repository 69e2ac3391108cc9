package com.referralcoach.store.embedded.contracts;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.port.BusinessLog;
import com.referralcoach.core.store.BusinessLogContract;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class ShippedBusinessLogTest extends BusinessLogContract {
    @RegisterExtension
    static final EmbeddedMongo STORE = ShippedStore.extension();

    private BusinessLog port;

    @BeforeEach
    void open(MongoDatabase database) {
        port = MongoCoachStore.open(database, Clock.systemUTC()).business();
    }

    @Override
    protected BusinessLog business() {
        return port;
    }
}
