package com.referralcoach.core.store.mongo;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.port.MemberHomes;
import com.referralcoach.core.store.MemberHomesContract;
import com.referralcoach.core.testing.EmbeddedMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongo.class)
class MongoMemberHomesTest extends MemberHomesContract {
    private MongoDatabase database;
    private MemberHomes homes;

    @BeforeEach
    void open(MongoDatabase database) {
        this.database = database;
        homes = MongoCoachStore.openMemberHomes(database);
    }

    @Override
    protected MemberHomes homes() {
        return homes;
    }

    @Override
    protected MemberHomes reopened() {
        return MongoCoachStore.openMemberHomes(database);
    }
}
