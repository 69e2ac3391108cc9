package com.referralcoach.store.embedded;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One database's {@link EqualityIndex}es, a family per collection. */
final class IndexFamilies<P> {
    private final Map<String, IndexFamily<P>> byCollection = new ConcurrentHashMap<>();

    Index<P> create(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        return new EqualityIndex<>(indexName, keys,
                byCollection.computeIfAbsent(collectionName, name -> new IndexFamily<>()));
    }
}
