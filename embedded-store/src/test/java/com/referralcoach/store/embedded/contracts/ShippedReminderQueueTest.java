package com.referralcoach.store.embedded.contracts;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.port.ReminderQueue;
import com.referralcoach.core.store.ReminderQueueContract;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The reminder queue's contract, its snooze contract included, on the queue's own test clock. */
class ShippedReminderQueueTest extends ReminderQueueContract {
    @RegisterExtension
    static final EmbeddedMongo STORE = ShippedStore.extension();

    private ReminderQueue queue;

    @BeforeEach
    void open(MongoDatabase database) {
        queue = MongoCoachStore.open(database, clock).reminders();
    }

    @Override
    protected ReminderQueue queue() {
        return queue;
    }
}
