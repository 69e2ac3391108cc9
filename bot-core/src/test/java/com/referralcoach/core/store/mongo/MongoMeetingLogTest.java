package com.referralcoach.core.store.mongo;

import java.time.Clock;
import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.port.MeetingLog;
import com.referralcoach.core.store.MeetingLogContract;
import com.referralcoach.core.testing.EmbeddedMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongo.class)
class MongoMeetingLogTest extends MeetingLogContract {
    private CoachStore store;

    @BeforeEach
    void open(MongoDatabase database) {
        store = MongoCoachStore.open(database, Clock.systemUTC());
    }

    @Override
    protected MeetingLog meetings() {
        return store.meetings();
    }
}
