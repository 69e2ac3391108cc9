package com.referralcoach.store.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * An H2 file database that serves queries from its non-unique indexes too ({@link EqualityIndex}); those live in
 * memory and are rebuilt from the file's documents when it opens. Its unique indexes keep their keys as
 * {@link KeyValueType}, in maps of their own ({@value #KEYS}). A key map counts as whole only once the command
 * that built it has finished ({@link #markBuilt()}); one a crash cut short is cleared and built again. Its
 * documents are kept as BSON ({@link StoredDocumentType}), under their ids ({@link DocumentKeyType}). Aggregates opened by {@code $match}, and {@code $unionWith},
 * are served from the indexes ({@link IndexedPipeline}).
 */
final class IndexedH2Database extends H2Database {
    static final String KEYS = "._keys_";
    /** The key maps known to be whole. */
    static final String BUILT = "referral-coach.built-indexes";
    /** The library's names for a collection's documents and its metadata, before its full name. */
    private static final String DATA = "databases.";
    private static final String META = "meta.";

    /** The file of the database being constructed: the superclass constructor opens indexes before ours runs. */
    private static final ThreadLocal<MVStore> OPENING = new ThreadLocal<>();

    // No initializers: the superclass constructor already opens the stored indexes through the methods below.
    private IndexFamilies<Object> families;
    private MVStore store;
    private Set<String> unmarked;

    private IndexedH2Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        super(databaseName, store, cursorRegistry);
        this.store = store;
    }

    static IndexedH2Database open(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        OPENING.set(store);
        try {
            IndexedH2Database database = new IndexedH2Database(databaseName, store, cursorRegistry);
            database.markBuilt();
            return database;
        } finally {
            OPENING.remove();
        }
    }

    /** Records the key maps opened so far as whole: called when no index build can still be under way. */
    synchronized void markBuilt() {
        if (unmarked != null && !unmarked.isEmpty()) {
            MVMap<String, Boolean> built = mvStore().openMap(BUILT);
            unmarked.forEach(name -> built.put(name, Boolean.TRUE));
            unmarked.clear();
        }
    }

    @Override
    protected synchronized Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName,
                                                                 List<IndexKey> keys, boolean sparse) {
        String name = getFullCollectionNamespace(collectionName) + KEYS + indexName;
        MVMap<KeyValue, Object> map = mvStore().openMap(name,
                new MVMap.Builder<KeyValue, Object>().keyType(new KeyValueType()));
        MVMap<String, Boolean> built = mvStore().openMap(BUILT);
        if (!built.containsKey(name)) {
            map.clear(); // empty, or a build a crash cut short: the collection builds it again from its documents
            if (unmarked == null) {
                unmarked = new HashSet<>();
            }
            unmarked.add(name);
        }
        return new StoredUniqueIndex(map, indexName, keys, sparse);
    }

    @Override
    protected void dropIndex(MongoCollection<Object> collection, String indexName) {
        super.dropIndex(collection, indexName);
        String map = getFullCollectionNamespace(collection.getCollectionName()) + KEYS + indexName;
        mvStore().<String, Boolean>openMap(BUILT).remove(map);
        if (mvStore().hasMap(map)) {
            mvStore().removeMap(map);
        }
    }

    private MVStore mvStore() {
        return store != null ? store : OPENING.get();
    }

    /** Aggregates that can start from an index start there ({@link IndexedPipeline}); the others, as the library. */
    @Override
    public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver resolver,
                                  Oplog oplog) {
        return IndexedPipeline.serve(this, command, query, resolver, oplog)
                .orElseGet(() -> super.handleCommand(channel, command, query, resolver, oplog));
    }

    /** As the library opens a collection, on the same maps, but its documents kept as BSON. */
    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        String fullName = getFullCollectionNamespace(collectionName);
        MVMap<Object, Document> documents = mvStore().openMap(DATA + fullName, new MVMap.Builder<Object, Document>()
                .keyType(new DocumentKeyType()).valueType(new StoredDocumentType()));
        MVMap<String, Object> meta = mvStore().openMap(META + fullName);
        return new JournaledH2Collection(this, collectionName, options, documents, meta, cursorRegistry);
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
