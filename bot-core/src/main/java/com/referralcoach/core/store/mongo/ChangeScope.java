package com.referralcoach.core.store.mongo;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.BsonValue;
import org.bson.Document;

/**
 * The documents one rep's message wrote, in the order it first touched them, each with how it was before that
 * first write (null: it did not exist). Written to by one thread only.
 * Also the state after the last write when the write itself told it (an insert, a replace), and counter deltas
 * ($inc-only updates), so the journal need not read them back.
 */
final class ChangeScope {
    /** One document of one collection. */
    record Touched(String collection, BsonValue id) {
    }

    /** A touched document before the message wrote it; {@code before} is null when it did not exist. */
    record Before(Touched touched, Document before) {
    }

    private final Map<Touched, Before> befores = new LinkedHashMap<>();
    private final Map<Touched, Document> afters = new HashMap<>();
    private final Map<Touched, Document> deltas = new HashMap<>();

    /** Remembers {@code before} as the document's first state, unless it was touched earlier in this message. */
    void touch(String collection, BsonValue id, Document before) {
        Touched touched = new Touched(collection, id);
        befores.putIfAbsent(touched, new Before(touched, before));
        afters.remove(touched);
        deltas.remove(touched);
    }

    /** As {@link #touch}, with the state the write left, known without reading it. */
    void touchKnown(String collection, BsonValue id, Document before, Document after) {
        Touched touched = new Touched(collection, id);
        befores.putIfAbsent(touched, new Before(touched, before));
        deltas.remove(touched);
        afters.put(touched, after);
    }

    /**
     * A counter-only write ($inc): recorded as {_id} before and the increments after, which {@link Reverting} takes
     * back as "a counter loses what the change added". A document touched otherwise first keeps its real before,
     * and its after is read.
     */
    void touchDelta(String collection, BsonValue id, Document increments) {
        Touched touched = new Touched(collection, id);
        if (befores.containsKey(touched) && !deltas.containsKey(touched)) {
            afters.remove(touched);
            return;
        }
        befores.putIfAbsent(touched, new Before(touched, new Document("_id", id)));
        Document sum = deltas.computeIfAbsent(touched, t -> new Document("_id", id));
        increments.forEach((path, amount) -> add(sum, path, amount));
        afters.put(touched, sum);
    }

    private static void add(Document into, String path, Object amount) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            Object was = into.get(path);
            if (amount instanceof org.bson.types.Decimal128 d) {
                java.math.BigDecimal sum = d.bigDecimalValue().add(was instanceof org.bson.types.Decimal128 w
                        ? w.bigDecimalValue() : java.math.BigDecimal.ZERO);
                into.put(path, new org.bson.types.Decimal128(sum));
            } else {
                into.put(path, (was instanceof Number n ? n.longValue() : 0L) + ((Number) amount).longValue());
            }
            return;
        }
        Object child = into.get(path.substring(0, dot));
        Document next = child instanceof Document d ? d : new Document();
        into.put(path.substring(0, dot), next);
        add(next, path.substring(dot + 1), amount);
    }

    /** The state after the message, when the writes told it; empty when it must be read. */
    Optional<Document> knownAfter(Touched touched) {
        return afters.containsKey(touched) ? Optional.ofNullable(afters.get(touched)) : Optional.empty();
    }

    boolean hasKnownAfter(Touched touched) {
        return afters.containsKey(touched);
    }

    boolean touched(String collection, BsonValue id) {
        return befores.containsKey(new Touched(collection, id));
    }

    List<Before> befores() {
        return List.copyOf(befores.values());
    }
}
