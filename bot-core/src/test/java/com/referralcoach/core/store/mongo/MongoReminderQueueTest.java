package com.referralcoach.core.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.port.ReminderQueue;
import com.referralcoach.core.store.ReminderQueueContract;
import com.referralcoach.core.testing.EmbeddedMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongo.class)
class MongoReminderQueueTest extends ReminderQueueContract {
    private MongoReminderQueue queue;

    @BeforeEach
    void open(MongoDatabase database) {
        queue = (MongoReminderQueue) MongoCoachStore.open(database, clock).reminders();
    }

    @Override
    protected ReminderQueue queue() {
        return queue;
    }
}
