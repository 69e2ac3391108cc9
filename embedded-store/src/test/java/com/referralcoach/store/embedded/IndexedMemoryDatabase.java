package com.referralcoach.store.embedded;

import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import java.util.List;

/**
 * An in-memory database that serves queries from its non-unique indexes too ({@link EqualityIndex}), and aggregates
 * opened by {@code $match} or using {@code $unionWith} as the shipped one does ({@link IndexedPipeline}).
 */
final class IndexedMemoryDatabase extends MemoryDatabase {
    // No initializer: the superclass constructor already opens indexes through the method below.
    private IndexFamilies<Integer> families;

    IndexedMemoryDatabase(String databaseName, CursorRegistry cursorRegistry) {
        super(databaseName, cursorRegistry);
    }

    @Override
    public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver resolver,
                                  Oplog oplog) {
        return IndexedPipeline.serve(this, command, query, resolver, oplog)
                .orElseGet(() -> super.handleCommand(channel, command, query, resolver, oplog));
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
