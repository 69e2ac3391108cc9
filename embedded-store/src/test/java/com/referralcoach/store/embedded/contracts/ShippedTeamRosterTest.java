package com.referralcoach.store.embedded.contracts;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.port.TeamRoster;
import com.referralcoach.core.store.TeamRosterContract;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class ShippedTeamRosterTest extends TeamRosterContract {
    @RegisterExtension
    static final EmbeddedMongo STORE = ShippedStore.extension();

    private TeamRoster port;

    @BeforeEach
    void open(MongoDatabase database) {
        port = MongoCoachStore.open(database, Clock.systemUTC()).teams();
    }

    @Override
    protected TeamRoster teams() {
        return port;
    }
}
