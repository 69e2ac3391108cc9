package com.referralcoach.store.embedded.contracts;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.port.ContactBook;
import com.referralcoach.core.store.ContactBookContract;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class ShippedContactBookTest extends ContactBookContract {
    @RegisterExtension
    static final EmbeddedMongo STORE = ShippedStore.extension();

    private ContactBook port;

    @BeforeEach
    void open(MongoDatabase database) {
        port = MongoCoachStore.open(database, Clock.systemUTC()).contacts();
    }

    @Override
    protected ContactBook contacts() {
        return port;
    }
}
