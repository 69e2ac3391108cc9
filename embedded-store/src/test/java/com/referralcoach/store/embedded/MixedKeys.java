package com.referralcoach.store.embedded;

import de.bwaldvogel.mongo.bson.ObjectId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Keys as the bot and the library make them, for checking an order against a reference: strings (accents, emoji,
 * characters past the surrogates, derived ids, UUIDs), ints, longs and doubles at their edges, and ObjectIds.
 */
final class MixedKeys {
    private MixedKeys() {
    }

    static List<Object> of(Random random) {
        List<Object> keys = new ArrayList<>();
        String[] pieces = {"", "a", "A", "W1|c|", "Zoë", "zoe", "\uD83D\uDE00", "\uFF21", "\u00e9", "ws|rep|42", "~"};
        for (int i = 0; i < 60; i++) {
            keys.add(pieces[random.nextInt(pieces.length)] + pieces[random.nextInt(pieces.length)]
                    + (random.nextBoolean() ? "" : Integer.toString(random.nextInt(100))));
            keys.add(new UUID(random.nextLong(), random.nextLong()).toString());
        }
        for (int value : new int[] {0, 1, -1, 7, Integer.MAX_VALUE, Integer.MIN_VALUE, 1 << 24}) {
            keys.add(value);
            keys.add((long) value);
            keys.add((double) value);
        }
        for (long value : new long[] {Long.MAX_VALUE, Long.MIN_VALUE, (1L << 53) + 1, (1L << 53), -(1L << 53) - 1,
                1L << 40, Integer.MAX_VALUE + 1L}) {
            keys.add(value);
        }
        for (int i = 0; i < 20; i++) {
            keys.add(random.nextInt(2000) - 1000);
            keys.add(random.nextLong());
            keys.add(new ObjectId());
        }
        return keys;
    }
}
