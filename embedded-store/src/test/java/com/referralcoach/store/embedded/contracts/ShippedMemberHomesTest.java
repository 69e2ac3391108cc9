package com.referralcoach.store.embedded.contracts;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.port.MemberHomes;
import com.referralcoach.core.store.MemberHomesContract;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class ShippedMemberHomesTest extends MemberHomesContract {
    @RegisterExtension
    static final EmbeddedMongo STORE = ShippedStore.extension();

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
