package com.referralcoach.core.store.embedded;

import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import java.util.List;
import org.h2.mvstore.MVStore;

/**
 * An H2 file database that serves queries from its non-unique indexes too ({@link EqualityIndex}); those live in
 * memory and are rebuilt from the file's documents when it opens.
 */
final class IndexedH2Database extends H2Database {
    // No initializer: the superclass constructor already opens the stored indexes through the method below.
    private IndexFamilies<Object> families;

    IndexedH2Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        super(databaseName, store, cursorRegistry);
    }

    @Override
    protected synchronized Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName,
                                                                    List<IndexKey> keys, boolean sparse) {
        if (families == null) {
            families = new IndexFamilies<>();
        }
        return families.create(collectionName, indexName, keys, sparse);
    }
}
