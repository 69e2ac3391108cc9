package com.referralcoach.core.store.mongo;

import static com.referralcoach.core.store.StoreSamples.ACME;
import static com.referralcoach.core.store.StoreSamples.ANA;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.Activity;
import com.referralcoach.core.domain.ActivityKind;
import com.referralcoach.core.domain.Money;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongo.class)
class TallyDocumentShapeTest {
    @Test
    void oneDocumentPerRepAndUtcWeekWithCountsBySlotAndAmountsByCurrency(MongoDatabase database) {
        MongoActivityTally tallies = MongoActivityTally.open(database);
        Instant sunday = Instant.parse("2025-03-09T23:50:00Z");
        tallies.record(Activity.of(ACME, ANA, ActivityKind.ASK_MADE, sunday));
        tallies.record(new Activity(ACME, ANA, ActivityKind.LEAD_WON, sunday,
                Optional.of(new Money(new BigDecimal("12.5"), Optional.of("$")))));
        tallies.record(new Activity(ACME, ANA, ActivityKind.LEAD_WON, sunday,
                Optional.of(new Money(new BigDecimal("0.5"), Optional.of("$")))));
        Document stored = database.getCollection(Collections.TALLIES).find().first();
        assertThat(stored).containsEntry("_id", "T-ACME|U-ANA|2025-03-03").containsEntry("ws", "T-ACME")
                .containsEntry("rep", "U-ANA").containsEntry("week", Date.from(Instant.parse("2025-03-03T00:00:00Z")));
        assertThat(stored.get("n", Document.class).get("ASK_MADE", Document.class)).containsEntry("671", 1L);
        assertThat(stored.get("n", Document.class).get("LEAD_WON", Document.class)).containsEntry("671", 2L);
        assertThat(stored.get("a", Document.class).get("LEAD_WON", Document.class).get("671", Document.class))
                .containsEntry("c_0024", new Decimal128(new BigDecimal("13.0")));
        assertThat(database.getCollection(Collections.TALLIES).countDocuments()).isEqualTo(1);
    }
}
