package com.referralcoach.core.store.mongo;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.port.ActionTexts;
import com.referralcoach.core.store.ActionTextsContract;
import com.referralcoach.core.testing.EmbeddedMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongo.class)
class MongoActionTextsTest extends ActionTextsContract {
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
