package com.referralcoach.store.embedded.contracts;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.port.ActionTexts;
import com.referralcoach.core.store.ActionTextsContract;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class ShippedActionTextsTest extends ActionTextsContract {
    @RegisterExtension
    static final EmbeddedMongo STORE = ShippedStore.extension();

    private MongoDatabase database;

    @BeforeEach
    void open(MongoDatabase database) {
        this.database = database;
    }

    @Override
    protected ActionTexts texts() {
        return MongoCoachStore.openActionTexts(database);
    }

    @Override
    protected ActionTexts reopened() {
        return MongoCoachStore.openActionTexts(database);
    }
}
