package com.referralcoach.core.store.mongo;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.port.EventLedger;
import com.referralcoach.core.store.EventLedgerContract;
import com.referralcoach.core.testing.EmbeddedMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongo.class)
class MongoEventLedgerTest extends EventLedgerContract {
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
