package com.referralcoach.store.embedded;

import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * The order of two keys of one common class among strings, ints, longs and ObjectIds, compared directly: the order
 * MongoDB's comparator and H2's key type both give them, without first working out each one's type on every step of
 * every lookup.
 */
final class SameKindOrder {
    private SameKindOrder() {
    }

    /** -1, 0 or 1, or null when the two are not of one of those classes (the caller's own order decides then). */
    static Integer compare(Object a, Object b) {
        if (a == null || b == null) {
            return null;
        }
        Class<?> type = a.getClass();
        if (type != b.getClass()) {
            return null;
        }
        if (type == String.class) {
            return Integer.signum(((String) a).compareTo((String) b));
        }
        if (type == Integer.class) {
            return Integer.compare((Integer) a, (Integer) b);
        }
        if (type == Long.class) {
            return Long.compare((Long) a, (Long) b);
        }
        if (type == ObjectId.class) {
            return Integer.signum(((ObjectId) a).compareTo((ObjectId) b));
        }
        return null;
    }
}
