package com.referralcoach.core.store.mongo;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;

/**
 * The claims this process won, by reminder id: owner, the version the claim wrote and the slot, so marking
 * a claimed reminder is one compare-and-set without reading it first. Bounded (the oldest are forgotten, then
 * marking reads the document); a version that moved on means the claim is no longer held. Thread-safe.
 */
final class HeldClaims {
    static final int CAPACITY = 20_000;

    private record Held(String owner, long version, long slot) {
    }

    private final Map<String, Held> held = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Held> eldest) {
            return size() > CAPACITY;
        }
    };

    /** Remembers a claim won on {@code current}, which it moved one version on. */
    synchronized void won(Document current, String owner) {
        held.put(ReminderMapper.id(current), new Held(owner, ReminderMapper.version(current) + 1,
                ReminderMapper.slot(current)));
    }

    /** What a compare-and-set needs of the reminder ({@code _id}, {@code v}, {@code slot}), if this owner won it. */
    synchronized Optional<Document> heldBy(String id, String owner) {
        Held claim = held.get(id);
        if (claim == null || !claim.owner().equals(owner)) {
            return Optional.empty();
        }
        return Optional.of(new Document(Fields.ID, id).append(Fields.V, claim.version())
                .append(Fields.SLOT, claim.slot()));
    }

    synchronized void forget(Collection<String> ids) {
        ids.forEach(held::remove);
    }
}
