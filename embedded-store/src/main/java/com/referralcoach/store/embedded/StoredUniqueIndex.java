package com.referralcoach.store.embedded;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Map.Entry;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

/**
 * A unique index in the H2 file, its keys kept as {@link KeyValueType} (the library's keeps them Java-serialized).
 * Besides the library's plain values and {@code $in}, it answers a range of numbers ({@link KeyRange}) by walking its
 * sorted keys, where the library would read every document.
 */
final class StoredUniqueIndex extends AbstractUniqueIndex<Object> {
    private final MVMap<KeyValue, Object> map;

    StoredUniqueIndex(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.map = map;
    }

    @Override
    public synchronized boolean canHandle(Document query) {
        return KeyRange.of(query, keys()) != null || super.canHandle(query);
    }

    @Override
    public synchronized Iterable<Object> getPositions(Document query) {
        KeyRange range = KeyRange.of(query, keys());
        if (range == null) {
            return super.getPositions(query);
        }
        List<Object> positions = new ArrayList<>();
        Cursor<KeyValue, Object> cursor = map.cursor(range.start());
        while (cursor.hasNext()) {
            KeyValue key = cursor.next();
            if (range.isPast(key)) {
                break;
            }
            if (range.admits(key)) {
                positions.add(cursor.getValue());
            }
        }
        return positions;
    }

    @Override
    protected Object removeDocument(KeyValue key) {
        return map.remove(key);
    }

    @Override
    protected boolean putKeyPosition(KeyValue key, Object position) {
        return map.putIfAbsent(key, Missing.ofNullable(position)) == null;
    }

    @Override
    protected Iterable<Entry<KeyValue, Object>> getIterable() {
        return map.entrySet();
    }

    @Override
    protected Object getPosition(KeyValue key) {
        return map.get(key);
    }

    @Override
    public long getCount() {
        return map.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }
}
