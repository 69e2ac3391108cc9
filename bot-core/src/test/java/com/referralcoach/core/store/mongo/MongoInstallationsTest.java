package com.referralcoach.core.store.mongo;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.port.Installations;
import com.referralcoach.core.store.InstallationsContract;
import com.referralcoach.core.testing.EmbeddedMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongo.class)
class MongoInstallationsTest extends InstallationsContract {
    private MongoDatabase database;
    private Installations installations;

    @BeforeEach
    void open(MongoDatabase database) {
        this.database = database;
        installations = MongoCoachStore.openInstallations(database);
    }

    @Override
    protected Installations installations() {
        return installations;
    }

    @Override
    protected Installations reopened() {
        return MongoCoachStore.openInstallations(database);
    }
}
