package com.referralcoach.store.embedded.contracts;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.port.EventLedger;
import com.referralcoach.core.store.EventLedgerContract;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class ShippedEventLedgerTest extends EventLedgerContract {
    @RegisterExtension
    static final EmbeddedMongo STORE = ShippedStore.extension();

    private MongoDatabase database;

    @BeforeEach
    void open(MongoDatabase database) {
        this.database = database;
    }

    @Override
    protected EventLedger ledger() {
        return MongoCoachStore.openEventLedger(database);
    }
}
