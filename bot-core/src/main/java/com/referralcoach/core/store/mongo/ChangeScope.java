package com.referralcoach.core.store.mongo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonValue;
import org.bson.Document;

/**
 * The documents one rep's message wrote, in the order it first touched them, each with how it was before that
 * first write (null: it did not exist). Written to by one thread only.
 */
final class ChangeScope {
    /** One document of one collection. */
    record Touched(String collection, BsonValue id) {
    }

    /** A touched document before the message wrote it; {@code before} is null when it did not exist. */
    record Before(Touched touched, Document before) {
    }

    private final Map<Touched, Before> befores = new LinkedHashMap<>();

    /** Remembers {@code before} as the document's first state, unless it was touched earlier in this message. */
    void touch(String collection, BsonValue id, Document before) {
        Touched touched = new Touched(collection, id);
        befores.putIfAbsent(touched, new Before(touched, before));
    }

    boolean touched(String collection, BsonValue id) {
        return befores.containsKey(new Touched(collection, id));
    }

    List<Before> befores() {
        return List.copyOf(befores.values());
    }
}
