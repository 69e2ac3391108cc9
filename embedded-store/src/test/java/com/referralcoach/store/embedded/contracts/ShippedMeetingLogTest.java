package com.referralcoach.store.embedded.contracts;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.port.MeetingLog;
import com.referralcoach.core.store.MeetingLogContract;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class ShippedMeetingLogTest extends MeetingLogContract {
    @RegisterExtension
    static final EmbeddedMongo STORE = ShippedStore.extension();

    private MeetingLog port;

    @BeforeEach
    void open(MongoDatabase database) {
        port = MongoCoachStore.open(database, Clock.systemUTC()).meetings();
    }

    @Override
    protected MeetingLog meetings() {
        return port;
    }
}
