package com.referralcoach.store.embedded.contracts;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.port.ContactBook;
import com.referralcoach.core.port.ContactImports;
import com.referralcoach.core.port.RelationshipLog;
import com.referralcoach.core.store.ContactImportsContract;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class ShippedContactImportsTest extends ContactImportsContract {
    @RegisterExtension
    static final EmbeddedMongo STORE = ShippedStore.extension();

    private CoachStore store;

    @BeforeEach
    void open(MongoDatabase database) {
        store = MongoCoachStore.open(database, Clock.systemUTC());
    }

    @Override
    protected ContactImports imports() {
        return store.imports();
    }

    @Override
    protected ContactBook contacts() {
        return store.contacts();
    }

    @Override
    protected RelationshipLog relationships() {
        return store.relationships();
    }
}
