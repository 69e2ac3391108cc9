package com.referralcoach.store.embedded;

import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import java.util.List;

/** An in-memory database that serves queries from its non-unique indexes too ({@link EqualityIndex}). */
final class IndexedMemoryDatabase extends MemoryDatabase {
    // No initializer: the superclass constructor already opens indexes through the method below.
    private IndexFamilies<Integer> families;

    IndexedMemoryDatabase(String databaseName, CursorRegistry cursorRegistry) {
        super(databaseName, cursorRegistry);
    }

    @Override
    protected synchronized Index<Integer> openOrCreateSecondaryIndex(String collectionName, String indexName,
                                                                     List<IndexKey> keys, boolean sparse) {
        if (families == null) {
            families = new IndexFamilies<>();
        }
        return families.create(collectionName, indexName, keys, sparse);
    }
}
