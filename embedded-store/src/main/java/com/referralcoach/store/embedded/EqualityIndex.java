package com.referralcoach.store.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A non-unique index for the embedded server, which otherwise ignores them and scans the collection. It serves a
 * query whose conditions give plain values ({@code x}, {@code {$eq: x}} or {@code {$in: [...]}}) for a leading run
 * of its keys: it hands the server every document with one of those key prefixes, and the server still applies the
 * whole query, sort and limit to them, so a query is answered exactly as a scan would answer it, only sooner.
 * It lives in memory and is rebuilt from the documents when the store opens. To stay small it keeps the prefixes of
 * two and three keys (a workspace alone narrows little; later keys are ranges and sort orders), or the one key of a
 * one-key index; an index whose kept prefixes another index of the collection already keeps stores nothing.
 */
final class EqualityIndex<P> extends Index<P> {
    /** The longest prefix kept. */
    static final int DEEPEST = 3;
    /** The most key combinations one query may ask for ({@code $in} on several keys multiplies). */
    private static final int MAX_QUERY_COMBINATIONS = 20_000;
    /** The most entries one document may have (arrays in several keys multiply). */
    private static final int MAX_COMBINATIONS = 1024;

    private final int shallowest;
    private final int deepest;
    /** Entry k: the documents by their first k key values (k from shallowest to deepest), as {@code _id -> position}. */
    private final List<Map<KeyValue, Map<Object, P>>> byPrefix = new ArrayList<>();
    private final AtomicLong count = new AtomicLong();
    private final IndexFamily<P> family;
    /** The earlier index of the collection keeping the same prefixes, if any; this one then keeps nothing. */
    private final EqualityIndex<P> twin;
    private final ThreadLocal<LastLookup> lastLookup = new ThreadLocal<>();
    /** False once a document's keys could not be listed safely; the index then serves no query. */
    private volatile boolean trusted = true;
    /** How the keys after the deepest kept prefix order its documents, or null when they give no order kept here. */
    private final IndexOrder order;
    /**
     * With an order: the documents of each deepest prefix read in order so far, in that order. A prefix's order is
     * built at its first such read and kept up to date from then on, so memory goes to the histories the bot reads
     * (a rep's meetings with a person), not to every prefix of every ordered index.
     */
    private final Map<KeyValue, ConcurrentSkipListMap<IndexOrder.Place, P>> inOrder = new ConcurrentHashMap<>();
    /** False once a document's place in the order could not be told (an array); no read in order is served then. */
    private volatile boolean ordered = true;

    EqualityIndex(String name, List<IndexKey> keys, IndexFamily<P> family) {
        // Sparse: a document this index keeps nothing for is still removed through the _id index.
        super(name, keys, true);
        this.deepest = Math.min(DEEPEST, keys.size());
        this.shallowest = Math.min(2, keys.size());
        for (int length = 0; length <= deepest; length++) {
            byPrefix.add(length < shallowest ? Collections.emptyMap() : new ConcurrentHashMap<>());
        }
        this.family = family;
        this.twin = family.join(this);
        this.order = IndexOrder.of(keys, deepest);
    }

    /** The keys whose values the kept prefixes hold. */
    List<String> keptKeys() {
        return keys().subList(0, deepest);
    }

    @Override
    public P getPosition(Document document) {
        if (twin != null) {
            return twin.getPosition(document);
        }
        Object id = document.get("_id");
        for (KeyValue key : keyValues(document)) {
            Map<Object, P> bucket = byPrefix.get(deepest).get(prefix(key, deepest));
            if (bucket != null && bucket.containsKey(id)) {
                return bucket.get(id);
            }
        }
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        // a non-unique index refuses nothing
    }

    @Override
    public void add(Document document, P position, MongoCollection<P> collection) {
        if (twin != null) {
            return;
        }
        Object id = document.get("_id");
        List<KeyValue> keys = keyValues(document);
        for (KeyValue key : keys) {
            for (int length = shallowest; length <= deepest; length++) {
                byPrefix.get(length).computeIfAbsent(prefix(key, length), k -> new ConcurrentHashMap<>())
                        .put(id, position);
            }
        }
        if (!inOrder.isEmpty()) {
            IndexOrder.Place place = order.place(document);
            if (place == null) {
                ordered = false;
                inOrder.clear();
            }
            for (KeyValue key : place == null ? List.<KeyValue>of() : keys) {
                ConcurrentSkipListMap<IndexOrder.Place, P> bucket = inOrder.get(prefix(key, deepest));
                if (bucket != null) {
                    bucket.put(place, position);
                }
            }
        }
        count.incrementAndGet();
    }

    @Override
    public P remove(Document document) {
        if (twin != null) {
            return null;
        }
        List<KeyValue> keys = keyValues(document);
        IndexOrder.Place place = inOrder.isEmpty() ? null : order.place(document);
        for (KeyValue key : place == null ? List.<KeyValue>of() : keys) {
            KeyValue prefix = prefix(key, deepest);
            ConcurrentSkipListMap<IndexOrder.Place, P> bucket = inOrder.get(prefix);
            if (bucket != null && bucket.remove(place) != null && bucket.isEmpty()) {
                inOrder.remove(prefix, bucket);
            }
        }
        Object id = document.get("_id");
        P removed = null;
        for (KeyValue key : keys) {
            for (int length = shallowest; length <= deepest; length++) {
                Map<KeyValue, Map<Object, P>> level = byPrefix.get(length);
                KeyValue prefix = prefix(key, length);
                Map<Object, P> bucket = level.get(prefix);
                if (bucket != null) {
                    P position = bucket.remove(id);
                    removed = removed == null ? position : removed;
                    if (bucket.isEmpty()) {
                        level.remove(prefix, bucket);
                    }
                }
            }
        }
        if (removed != null) {
            count.decrementAndGet();
        }
        return removed;
    }

    @Override
    public boolean canHandle(Document query) {
        long size = estimate(query);
        return size >= 0 && size <= Math.max(64, getCount() / 2) && family.isBestFor(this, query, size);
    }

    /** How many documents this index would hand over for the query, or -1 when it cannot serve it. */
    long estimate(Document query) {
        Lookup lookup = lookup(query);
        if (lookup == null) {
            return -1;
        }
        long total = 0;
        for (KeyValue prefix : lookup.prefixes()) {
            Map<Object, P> bucket = byPrefix.get(lookup.length()).get(prefix);
            total += bucket == null ? 0 : bucket.size();
        }
        return total;
    }

    @Override
    public Iterable<P> getPositions(Document query) {
        Lookup lookup = lookup(query);
        Set<P> found = new LinkedHashSet<>();
        if (lookup != null) {
            for (KeyValue prefix : lookup.prefixes()) {
                Map<Object, P> bucket = byPrefix.get(lookup.length()).get(prefix);
                if (bucket != null) {
                    found.addAll(bucket.values());
                }
            }
        }
        return found;
    }

    /**
     * The positions of the documents with the one deepest prefix the query asks for, in {@code sort}'s order, when
     * this index has that order and would serve the query anyway (no other index hands over fewer documents); empty
     * otherwise. The caller still applies the whole query to each. Called under the collection's lock, as every
     * write is, with the collection's documents by position.
     */
    Optional<Iterable<P>> inOrder(Document query, Document sort, Function<P, Document> documents) {
        int direction = order == null || !ordered ? 0 : order.direction(sort);
        if (direction == 0 || !canHandle(query)) {
            return Optional.empty();
        }
        Lookup lookup = lookup(query);
        if (lookup == null || lookup.length() != deepest || lookup.prefixes().size() != 1) {
            return Optional.empty();
        }
        KeyValue prefix = lookup.prefixes().get(0);
        ConcurrentSkipListMap<IndexOrder.Place, P> bucket = inOrder.get(prefix);
        if (bucket == null) {
            Map<Object, P> members = byPrefix.get(deepest).getOrDefault(prefix, Map.of());
            bucket = new ConcurrentSkipListMap<>(order.comparator());
            for (P position : members.values()) {
                Document document = documents.apply(position);
                IndexOrder.Place place = document == null ? null : order.place(document);
                if (place == null) {
                    ordered = false;
                    inOrder.clear();
                    return Optional.empty();
                }
                bucket.put(place, position);
            }
            if (!bucket.isEmpty()) {
                inOrder.put(prefix, bucket);
            }
        }
        return Optional.of(direction > 0 ? bucket.values() : bucket.descendingMap().values());
    }

    /**
     * The query's lookup on this index. The server asks every index whether it can serve a query (and each asks its
     * siblings) before it fetches the positions, all on one thread: the last query's lookup is kept for that.
     */
    private Lookup lookup(Document query) {
        if (twin != null || !trusted) {
            return null;
        }
        LastLookup last = lastLookup.get();
        if (last != null && last.query() == query) {
            return last.lookup();
        }
        Lookup lookup = Lookup.of(query, keptKeys(), MAX_QUERY_COMBINATIONS);
        lookup = lookup == null || lookup.length() < shallowest ? null : lookup;
        lastLookup.set(new LastLookup(query, lookup));
        return lookup;
    }

    private record LastLookup(Document query, Lookup lookup) {
    }

    @Override
    public long getCount() {
        return twin != null ? twin.getCount() : count.get();
    }

    @Override
    public boolean isEmpty() {
        return twin == null && count.get() == 0;
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
        byPrefix.forEach(level -> {
            if (!level.isEmpty()) {
                level.clear();
            }
        });
        count.set(0);
        inOrder.clear();
    }

    /**
     * The document's entries: one per combination of its kept keys' values, an array standing for each of its
     * elements (an empty one, a missing field and null all for null), so that every document has at least one entry.
     */
    private List<KeyValue> keyValues(Document document) {
        List<List<Object>> combinations = new ArrayList<>();
        combinations.add(List.of());
        for (String key : keptKeys()) {
            List<Object> values = DocumentPaths.values(document, key);
            if (values == null || combinations.size() * values.size() > MAX_COMBINATIONS) {
                trusted = false;
                values = Collections.singletonList(null);
            }
            combinations = Lookup.extend(combinations, values);
        }
        return combinations.stream().map(c -> new KeyValue(c).normalized()).toList();
    }

    private static KeyValue prefix(KeyValue key, int length) {
        if (key.size() == length) {
            return key;
        }
        List<Object> values = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            values.add(key.get(i));
        }
        return new KeyValue(values);
    }
}
