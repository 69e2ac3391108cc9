package com.referralcoach.core.store.mongo;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.port.CalendarBook;
import com.referralcoach.core.store.CalendarBookContract;
import com.referralcoach.core.testing.EmbeddedMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongo.class)
class MongoCalendarBookTest extends CalendarBookContract {
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
