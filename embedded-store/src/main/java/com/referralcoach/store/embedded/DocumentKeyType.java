package com.referralcoach.store.embedded;

import org.h2.mvstore.type.ObjectDataType;

/**
 * How a collection's documents map orders its keys (the documents' ids): as H2's {@link ObjectDataType}, which
 * writes them, but two ids of one common class among strings, ints and longs are compared directly. H2's own
 * comparison first works out each key's type through a chain of class checks, on every step of every lookup.
 */
final class DocumentKeyType extends ObjectDataType {
    @Override
    public int compare(Object a, Object b) {
        if (a != null && b != null) {
            Class<?> type = a.getClass();
            if (type == b.getClass()) {
                if (type == String.class) {
                    return ((String) a).compareTo((String) b);
                }
                if (type == Integer.class) {
                    return Integer.compare((Integer) a, (Integer) b);
                }
                if (type == Long.class) {
                    return Long.compare((Long) a, (Long) b);
                }
            }
        }
        return super.compare(a, b);
    }
}
