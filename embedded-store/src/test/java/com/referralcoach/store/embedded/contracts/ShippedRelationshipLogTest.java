package com.referralcoach.store.embedded.contracts;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.port.RelationshipLog;
import com.referralcoach.core.store.RelationshipLogContract;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class ShippedRelationshipLogTest extends RelationshipLogContract {
    @RegisterExtension
    static final EmbeddedMongo STORE = ShippedStore.extension();

    private RelationshipLog port;

    @BeforeEach
    void open(MongoDatabase database) {
        port = MongoCoachStore.open(database, Clock.systemUTC()).relationships();
    }

    @Override
    protected RelationshipLog relationships() {
        return port;
    }
}
