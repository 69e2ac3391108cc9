package com.referralcoach.store.embedded.contracts;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.port.MessageInbox;
import com.referralcoach.core.store.MessageInboxContract;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class ShippedMessageInboxTest extends MessageInboxContract {
    @RegisterExtension
    static final EmbeddedMongo STORE = ShippedStore.extension();

    private MessageInbox inbox;
    private MongoDatabase database;

    @BeforeEach
    void open(MongoDatabase database) {
        this.database = database;
        inbox = MongoCoachStore.openInbox(database);
    }

    @Override
    protected MessageInbox inbox() {
        return inbox;
    }

    @Override
    protected MessageInbox sharedInbox(java.time.Clock clock, java.time.Duration leftOverAge) {
        return MongoCoachStore.openSharedInbox(database, clock, leftOverAge);
    }
}
