package com.referralcoach.core.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;

class RevertingTest {
    @Test
    void aDocumentNobodyTouchedSinceGoesBackAsItWas() {
        Document before = new Document("_id", "c1").append("name", "Jane").append("company", "Acme");
        Document after = new Document("_id", "c1").append("name", "Jane").append("company", "Acme - talked");

        assertThat(Reverting.revert(before, after, after)).isEqualTo(before);
    }

    @Test
    void aNewDocumentIsRemovedAndARemovedOneComesBack() {
        Document doc = new Document("_id", "c1");

        assertThat(Reverting.revert(null, doc, doc)).isNull();
        assertThat(Reverting.revert(doc, null, null)).isEqualTo(doc);
    }

    @Test
    void countersLoseOnlyWhatTheChangeAddedAndNewCountsVanish() {
        Document before = new Document("n", new Document("MEETING", new Document("3", 2L)));
        Document after = new Document("n", new Document("MEETING", new Document("3", 3L).append("7", 1L)))
                .append("a", new Document("WON", new Document("7", new Decimal128(12000))));
        Document current = new Document("n", new Document("MEETING", new Document("3", 5L).append("7", 1L)))
                .append("a", new Document("WON", new Document("7", new Decimal128(12500))));

        assertThat(Reverting.revert(before, after, current)).isEqualTo(new Document("n",
                new Document("MEETING", new Document("3", 4L))).append("a",
                new Document("WON", new Document("7", new Decimal128(500)))));
    }

    @Test
    void arraysLoseWhatTheChangeAddedAndGetBackWhatItRemoved() {
        Document before = new Document("ids", List.of("r1", "r2"));
        Document after = new Document("ids", List.of("r1", "r3"));
        Document current = new Document("ids", List.of("r1", "r3", "r4"));

        assertThat(Reverting.revert(before, after, current)).isEqualTo(new Document("ids", List.of("r1", "r4", "r2")));
    }

    @Test
    void aValueSomeoneElseSetSinceStaysAndAVersionOnlyGoesUp() {
        Document before = new Document("status", "PENDING").append("note", "a").append("v", 1L);
        Document after = new Document("status", "CANCELLED").append("note", "a").append("v", 2L);
        Document current = new Document("status", "CANCELLED").append("note", "b").append("v", 3L);

        assertThat(Reverting.revert(before, after, current)).isEqualTo(
                new Document("status", "PENDING").append("note", "b").append("v", 4L));
    }
}
