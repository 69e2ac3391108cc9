package com.referralcoach.store.embedded.contracts;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.port.Installations;
import com.referralcoach.core.store.InstallationsContract;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class ShippedInstallationsTest extends InstallationsContract {
    @RegisterExtension
    static final EmbeddedMongo STORE = ShippedStore.extension();

    private MongoDatabase database;

    @BeforeEach
    void open(MongoDatabase database) {
        this.database = database;
    }

    @Override
    protected Installations installations() {
        return MongoCoachStore.openInstallations(database);
    }

    @Override
    protected Installations reopened() {
        return MongoCoachStore.openInstallations(database);
    }
}
