package com.referralcoach.core.store.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A non-unique index for the embedded server, which otherwise ignores them and scans the collection. It serves a
 * query whose conditions give plain values ({@code x}, {@code {$eq: x}} or {@code {$in: [...]}}) for a leading run
 * of its keys: it hands the server every document with one of those key prefixes, and the server still applies the
 * whole query, sort and limit to them, so a query is answered exactly as a scan would answer it, only sooner.
 * It lives in memory and is rebuilt from the documents when the store opens.
 */
final class EqualityIndex<P> extends Index<P> {
    /** The most key combinations one query may ask for ({@code $in} on several keys multiplies). */
    private static final int MAX_QUERY_COMBINATIONS = 20_000;
    /** The most entries one document may have (arrays in several keys multiply). */
    private static final int MAX_COMBINATIONS = 1024;

    /** Entry k: the documents by their first k+1 key values, each as {@code _id -> position}. */
    private final List<Map<KeyValue, Map<Object, P>>> byPrefix = new ArrayList<>();
    private final Map<Object, P> positions = new ConcurrentHashMap<>();
    private final IndexFamily<P> family;
    /** False once a document's keys could not be listed safely; the index then serves no query. */
    private volatile boolean trusted = true;

    EqualityIndex(String name, List<IndexKey> keys, boolean sparse, IndexFamily<P> family) {
        super(name, keys, sparse);
        this.family = family;
        for (int i = 0; i < keys.size(); i++) {
            byPrefix.add(new ConcurrentHashMap<>());
        }
        family.join(this);
    }

    @Override
    public P getPosition(Document document) {
        return positions.get(document.get("_id"));
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        // a non-unique index refuses nothing
    }

    @Override
    public void add(Document document, P position, MongoCollection<P> collection) {
        Object id = document.get("_id");
        positions.put(id, position);
        for (KeyValue key : keyValues(document)) {
            for (int length = 1; length <= key.size(); length++) {
                byPrefix.get(length - 1).computeIfAbsent(prefix(key, length), k -> new ConcurrentHashMap<>())
                        .put(id, position);
            }
        }
    }

    @Override
    public P remove(Document document) {
        Object id = document.get("_id");
        for (KeyValue key : keyValues(document)) {
            for (int length = 1; length <= key.size(); length++) {
                Map<KeyValue, Map<Object, P>> level = byPrefix.get(length - 1);
                KeyValue prefix = prefix(key, length);
                Map<Object, P> bucket = level.get(prefix);
                if (bucket != null) {
                    bucket.remove(id);
                    if (bucket.isEmpty()) {
                        level.remove(prefix, bucket);
                    }
                }
            }
        }
        return positions.remove(id);
    }

    @Override
    public boolean canHandle(Document query) {
        if (!trusted) {
            return false;
        }
        Lookup lookup = Lookup.of(query, keys(), MAX_QUERY_COMBINATIONS);
        if (lookup == null) {
            return false;
        }
        long size = candidates(lookup);
        return size <= Math.max(64, positions.size() / 2) && family.isBestFor(this, query, size);
    }

    /** How many documents this index would hand over for the query, or -1 when it cannot serve it. */
    long estimate(Document query) {
        if (!trusted) {
            return -1;
        }
        Lookup lookup = Lookup.of(query, keys(), MAX_QUERY_COMBINATIONS);
        return lookup == null ? -1 : candidates(lookup);
    }

    @Override
    public Iterable<P> getPositions(Document query) {
        Lookup lookup = Lookup.of(query, keys(), MAX_QUERY_COMBINATIONS);
        Set<P> found = new LinkedHashSet<>();
        if (lookup != null) {
            Map<KeyValue, Map<Object, P>> level = byPrefix.get(lookup.length() - 1);
            for (KeyValue prefix : lookup.prefixes()) {
                Map<Object, P> bucket = level.get(prefix);
                if (bucket != null) {
                    found.addAll(bucket.values());
                }
            }
        }
        return found;
    }

    @Override
    public long getCount() {
        return positions.size();
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        // a non-unique index refuses nothing
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, P position, MongoCollection<P> collection) {
        remove(oldDocument);
        add(newDocument, position, collection);
    }

    @Override
    public void drop() {
        family.leave(this);
        byPrefix.forEach(Map::clear);
        positions.clear();
    }

    private long candidates(Lookup lookup) {
        Map<KeyValue, Map<Object, P>> level = byPrefix.get(lookup.length() - 1);
        long total = 0;
        for (KeyValue prefix : lookup.prefixes()) {
            Map<Object, P> bucket = level.get(prefix);
            total += bucket == null ? 0 : bucket.size();
        }
        return total;
    }

    /**
     * The document's entries: one per combination of its key values, an array standing for each of its elements
     * (an empty one, a missing field and null all for null), so that every document has at least one entry.
     */
    private List<KeyValue> keyValues(Document document) {
        List<List<Object>> combinations = new ArrayList<>();
        combinations.add(List.of());
        for (String key : keys()) {
            List<Object> values = DocumentPaths.values(document, key);
            if (values == null || combinations.size() * values.size() > MAX_COMBINATIONS) {
                trusted = false;
                values = java.util.Collections.singletonList(null);
            }
            List<List<Object>> longer = new ArrayList<>(combinations.size() * values.size());
            for (List<Object> combination : combinations) {
                for (Object value : values) {
                    List<Object> next = new ArrayList<>(combination);
                    next.add(value);
                    longer.add(next);
                }
            }
            combinations = longer;
        }
        return combinations.stream().map(c -> new KeyValue(c).normalized()).toList();
    }

    private static KeyValue prefix(KeyValue key, int length) {
        List<Object> values = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            values.add(key.get(i));
        }
        return new KeyValue(values);
    }
}
