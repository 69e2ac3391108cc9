package com.referralcoach.store.embedded.contracts;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.port.CalendarBook;
import com.referralcoach.core.store.CalendarBookContract;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class ShippedCalendarBookTest extends CalendarBookContract {
    @RegisterExtension
    static final EmbeddedMongo STORE = ShippedStore.extension();

    private MongoDatabase database;
    private CalendarBook book;

    @BeforeEach
    void open(MongoDatabase database) {
        this.database = database;
        book = MongoCoachStore.openCalendarBook(database);
    }

    @Override
    protected CalendarBook book() {
        return book;
    }

    @Override
    protected CalendarBook reopened() {
        return MongoCoachStore.openCalendarBook(database);
    }
}
