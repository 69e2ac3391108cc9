package com.referralcoach.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A unique index's keys sort exactly as MongoDB orders values (the library's comparator), so a key written before
 * is found again: the direct comparisons of two strings, numbers or ids agree with it, mixed kinds included.
 */
class KeyValueTypeTest {
    private static final Comparator<Object> MONGO = ValueComparator.asc();

    @Test
    void keysSortAsTheServerOrdersTheirValues() {
        Random random = new Random(20261206);
        KeyValueType type = new KeyValueType();
        List<Object> values = values(random);
        for (int i = 0; i < 200_000; i++) {
            Object a = values.get(random.nextInt(values.size()));
            Object b = random.nextInt(4) == 0 ? a : values.get(random.nextInt(values.size()));
            assertThat(Integer.signum(KeyValueType.compareValues(a, b)))
                    .as("%s (%s) against %s (%s)", a, kind(a), b, kind(b))
                    .isEqualTo(Integer.signum(reference(a, b)));
            KeyValue left = new KeyValue(a, "W1");
            KeyValue right = new KeyValue(b, random.nextBoolean() ? "W1" : "W2");
            assertThat(Integer.signum(type.compare(left, right))).isEqualTo(Integer.signum(reference(left, right)));
        }
    }

    private static int reference(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return MONGO.compare(a, b);
    }

    private static int reference(KeyValue a, KeyValue b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int result = reference(a.get(i), b.get(i));
            if (result != 0) {
                return result;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static String kind(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName();
    }

    /** {@link MixedKeys}, and what else a key may hold: null, booleans, a date, a fraction. */
    private static List<Object> values(Random random) {
        List<Object> values = new ArrayList<>(MixedKeys.of(random));
        values.add(null);
        values.add(true);
        values.add(false);
        values.add(Instant.ofEpochSecond(1_700_000_000L));
        values.add(2.5);
        return values;
    }
}
