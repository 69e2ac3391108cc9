package com.referralcoach.store.embedded;

import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The {@link EqualityIndex}es of one collection. The server asks its indexes in turn and takes the first that can
 * serve a query; the family makes that the one handing over the fewest documents (the earliest on a tie).
 */
final class IndexFamily<P> {
    private final List<EqualityIndex<P>> members = new CopyOnWriteArrayList<>();

    /** Adds the index; returns the earlier member keeping the same prefixes, which then serves for both, or null. */
    EqualityIndex<P> join(EqualityIndex<P> index) {
        EqualityIndex<P> twin = members.stream().filter(m -> m.keptKeys().equals(index.keptKeys()))
                .findFirst().orElse(null);
        members.add(index);
        return twin;
    }

    void leave(EqualityIndex<P> index) {
        members.remove(index);
    }

    /** True when no other member would hand over fewer documents for this query than {@code size}. */
    boolean isBestFor(EqualityIndex<P> index, Document query, long size) {
        boolean earlier = true;
        for (EqualityIndex<P> other : members) {
            if (other == index) {
                earlier = false;
                continue;
            }
            long estimate = other.estimate(query);
            if (estimate >= 0 && (estimate < size || earlier && estimate == size)) {
                return false;
            }
        }
        return true;
    }
}
