package com.referralcoach.store.embedded.contracts;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.port.DigestLog;
import com.referralcoach.core.store.DigestLogContract;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class ShippedDigestLogTest extends DigestLogContract {
    @RegisterExtension
    static final EmbeddedMongo STORE = ShippedStore.extension();

    private DigestLog port;

    @BeforeEach
    void open(MongoDatabase database) {
        port = MongoCoachStore.open(database, Clock.systemUTC()).digests();
    }

    @Override
    protected DigestLog digests() {
        return port;
    }
}
