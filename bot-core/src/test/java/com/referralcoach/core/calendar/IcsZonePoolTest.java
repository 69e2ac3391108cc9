package com.referralcoach.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.ZoneRulesProviderImpl;
import org.junit.jupiter.api.Test;

/**
 * ical4j's own registry takes an id from a JVM-wide pool of 1,500 for each VTIMEZONE it reads and gives it back only
 * after a garbage collection; with it exhausted a parse throws. Ours never takes one.
 */
class IcsZonePoolTest {
    @Test
    void readingFeedsTakesNoZoneIdFromIcal4jsPoolWhereIcal4jsOwnRegistryDoes() throws Exception {
        ZoneRulesProviderImpl.ZoneIdPool pool = ZoneRulesProviderImpl.getInstance().orElseThrow().getZoneIdPool();
        int available = pool.availableZoneIds();

        for (String feed : new String[] {"google.ics", "outlook.ics", "icloud.ics"}) {
            Fixtures.feed(feed);
        }
        assertThat(pool.availableZoneIds()).isEqualTo(available);

        Object held = new CalendarBuilder().build(new StringReader(
                new String(Fixtures.bytes("outlook.ics"), StandardCharsets.UTF_8)));
        assertThat(pool.availableZoneIds()).as("the default registry, for contrast").isLessThan(available);
        assertThat(held).isNotNull();
    }
}
