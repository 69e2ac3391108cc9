package com.referralcoach.core.store.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.referralcoach.core.port.EventLedger;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;

/**
 * Handled events in {@code seenEvents}: one small document per event id, inserted only if absent (the unique
 * {@code _id} decides between two processes). A TTL index drops them after an hour on MongoDB; the embedded store
 * accepts the index but never expires, so every thousandth insert also deletes what is older than that.
 */
final class MongoEventLedger implements EventLedger {
    static final String COLLECTION = "seenEvents";
    static final Duration KEPT = Duration.ofHours(1);
    private static final int PRUNE_EVERY = 1000;

    private final MongoCollection<Document> events;
    private final AtomicLong inserts = new AtomicLong();

    private MongoEventLedger(MongoCollection<Document> events) {
        this.events = events;
    }

    static MongoEventLedger open(MongoDatabase database) {
        MongoCollection<Document> events = MongoCoachStore.collection(database, COLLECTION);
        MongoCalls.run("index seen events", () -> events.createIndex(Indexes.ascending(Fields.AT),
                new IndexOptions().name("at_ttl").expireAfter(KEPT.toSeconds(), TimeUnit.SECONDS)));
        return new MongoEventLedger(events);
    }

    @Override
    public boolean firstTime(String key, Instant at) {
        try {
            MongoCalls.run("record a seen event", () -> events.insertOne(new Document(Fields.ID, key)
                    .append(Fields.AT, Date.from(at))));
        } catch (RuntimeException e) {
            if (e.getCause() instanceof MongoWriteException write
                    && write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
        if (inserts.incrementAndGet() % PRUNE_EVERY == 0) {
            MongoCalls.run("prune seen events", () -> events.deleteMany(Filters.lt(Fields.AT,
                    Date.from(at.minus(KEPT)))));
        }
        return true;
    }
}
