package com.referralcoach.core.store.mongo;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.port.TeamRoster;
import com.referralcoach.core.store.TeamRosterContract;
import com.referralcoach.core.testing.EmbeddedMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongo.class)
class MongoTeamRosterTest extends TeamRosterContract {
    private TeamRoster teams;

    @BeforeEach
    void open(MongoDatabase database) {
        teams = MongoTeamRoster.open(database);
    }

    @Override
    protected TeamRoster teams() {
        return teams;
    }
}
