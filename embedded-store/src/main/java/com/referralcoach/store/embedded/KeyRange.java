package com.referralcoach.store.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.Map;

/**
 * A query that asks a single-key index for the numbers between two bounds, {@code {key: {$gte: low, $lt: high}}}
 * ({@code $gt} and {@code $lte} too): a sorted index answers it by walking from the low bound to the high one.
 * Numbers sort together in MongoDB's order, whatever their type, so the walk stops at the first key past the high
 * bound or the first that is not a number.
 */
record KeyRange(Number low, boolean lowIncluded, Number high, boolean highIncluded) {
    private static final ValueComparator ORDER = ValueComparator.asc();

    /** The range the query asks of an index on {@code keys}, or null when it asks anything else. */
    static KeyRange of(Document query, List<String> keys) {
        if (keys.size() != 1 || query.size() != 1 || !(query.get(keys.get(0)) instanceof Document bounds)) {
            return null;
        }
        Number low = null;
        Number high = null;
        boolean lowIncluded = false;
        boolean highIncluded = false;
        for (Map.Entry<String, Object> bound : bounds.entrySet()) {
            if (!(bound.getValue() instanceof Number value)) {
                return null;
            }
            switch (bound.getKey()) {
                case "$gte", "$gt" -> {
                    if (low != null) {
                        return null;
                    }
                    low = value;
                    lowIncluded = bound.getKey().equals("$gte");
                }
                case "$lt", "$lte" -> {
                    if (high != null) {
                        return null;
                    }
                    high = value;
                    highIncluded = bound.getKey().equals("$lte");
                }
                default -> {
                    return null;
                }
            }
        }
        return low == null || high == null ? null : new KeyRange(low, lowIncluded, high, highIncluded);
    }

    /** Where the walk starts: the low bound, as the index keeps its keys. */
    KeyValue start() {
        return new KeyValue(low).normalized();
    }

    /** Whether the walk is past the range at {@code key} (a key from {@link #start()} on). */
    boolean isPast(KeyValue key) {
        if (key.size() != 1 || !(key.get(0) instanceof Number value)) {
            return true;
        }
        int toHigh = ORDER.compare(value, high);
        return toHigh > 0 || toHigh == 0 && !highIncluded;
    }

    /** Whether {@code key}, not past the range, is in it: only the low bound itself may be left out. */
    boolean admits(KeyValue key) {
        return lowIncluded || ORDER.compare(key.get(0), low) != 0;
    }
}
