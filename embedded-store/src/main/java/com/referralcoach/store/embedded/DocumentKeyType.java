package com.referralcoach.store.embedded;

import org.h2.mvstore.type.ObjectDataType;

/**
 * How a collection's documents map orders its keys (the documents' ids): as H2's {@link ObjectDataType}, which
 * writes them, but two ids of one common class are compared directly ({@link SameKindOrder}). H2's own comparison
 * first works out each key's type through a chain of class checks, on every step of every lookup.
 */
final class DocumentKeyType extends ObjectDataType {
    @Override
    public int compare(Object a, Object b) {
        Integer direct = SameKindOrder.compare(a, b);
        return direct != null ? direct : super.compare(a, b);
    }
}
