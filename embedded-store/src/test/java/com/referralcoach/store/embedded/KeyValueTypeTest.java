package com.referralcoach.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.ObjectId;
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

    /** Strings (accents, emoji, characters past the surrogates), ints and longs at their edges, ids, and others. */
    private static List<Object> values(Random random) {
        List<Object> values = new ArrayList<>();
        String[] pieces = {"", "a", "A", "W1|c|", "Zoë", "zoe", "\uD83D\uDE00", "\uFF21", "\u00e9", "ws|rep|42", "~"};
        for (int i = 0; i < 60; i++) {
            values.add(pieces[random.nextInt(pieces.length)] + pieces[random.nextInt(pieces.length)]
                    + (random.nextBoolean() ? "" : Integer.toString(random.nextInt(100))));
        }
        int[] ints = {0, 1, -1, 7, Integer.MAX_VALUE, Integer.MIN_VALUE, 1 << 24};
        for (int value : ints) {
            values.add(value);
            values.add((long) value);
            values.add((double) value);
        }
        long[] longs = {Long.MAX_VALUE, Long.MIN_VALUE, (1L << 53) + 1, (1L << 53), -(1L << 53) - 1, 1L << 40,
                Integer.MAX_VALUE + 1L};
        for (long value : longs) {
            values.add(value);
        }
        for (int i = 0; i < 20; i++) {
            values.add(random.nextInt(2000) - 1000);
            values.add(random.nextLong());
            values.add(new ObjectId());
        }
        values.add(null);
        values.add(true);
        values.add(false);
        values.add(Instant.ofEpochSecond(1_700_000_000L));
        values.add(2.5);
        return values;
    }
}
