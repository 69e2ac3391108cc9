package com.referralcoach.core.store.mongo;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.store.ContactMergesContract;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongo.class)
class MongoContactMergesTest extends ContactMergesContract {
    private CoachStore store;

    @BeforeEach
    void open(MongoDatabase fresh) {
        store = MongoCoachStore.open(fresh, Clock.fixed(Instant.parse("2025-03-04T09:00:00Z"), ZoneOffset.UTC));
    }

    @Override
    protected CoachStore store() {
        return store;
    }
}
