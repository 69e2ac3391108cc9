package com.referralcoach.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.language.Command;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.store.mongo.MongoCoachStore;
import com.referralcoach.core.testing.EmbeddedMongo;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongo.class)
class HandlersTest {

    @Test
    void everyKindOfCommandHasAHandler(MongoDatabase db) {
        CoachStore store = MongoCoachStore.open(db, Clock.systemUTC());
        Set<Class<?>> handled = Set.copyOf(Handlers.all(store, com.referralcoach.core.port.DigestRequests.NONE).types());
        assertThat(handled).containsExactlyInAnyOrder(Command.class.getPermittedSubclasses());
    }
}
