package com.referralcoach.core.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.referralcoach.core.domain.PendingMessage;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.MessageInbox;
import com.referralcoach.core.store.MessageInboxContract;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongo.class)
class MongoMessageInboxTest extends MessageInboxContract {
    private MongoDatabase database;
    private MessageInbox inbox;

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

    @Test
    void anInboxFromBeforeLosesItsExtraIndexesAndKeepsWhatWaits() {
        PendingMessage waiting = new PendingMessage("slack", new WorkspaceId("T1"), "Ev1", new RepId("U1"),
                "met Jane Doe", "D1", Optional.empty(), Instant.parse("2026-11-23T10:00:00Z"));
        inbox.keep(waiting);
        var collection = database.getCollection(Collections.INBOX);
        collection.createIndex(Indexes.ascending("_id", "ws"), new IndexOptions().name("id_ws").unique(true));
        collection.createIndex(Indexes.ascending("platform", "at"), new IndexOptions().name("platform_at"));

        MessageInbox reopened = MongoCoachStore.openInbox(database);

        assertThat(collection.listIndexes().map(index -> index.getString("name")).into(new ArrayList<>()))
                .containsExactly("_id_");
        assertThat(reopened.waiting("slack", 10)).containsExactly(waiting);
        assertThat(reopened.keep(waiting)).isFalse();
        reopened.done(waiting);
        assertThat(reopened.waiting("slack", 10)).isEmpty();
    }
}
