package com.referralcoach.core.store.mongo;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What this process knows of claims under a running lease, so the dispatcher does not read those reminders
 * again until their lease is up. Bounded: past {@link #CAPACITY} ids the oldest are forgotten, which only
 * costs reads. Thread-safe.
 */
final class LeaseCache {
    static final int CAPACITY = 50_000;

    private final Map<String, Instant> leases = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized void remember(String id, Instant leaseUntil) {
        leases.put(id, leaseUntil);
    }

    /** True while a claim seen on {@code id} holds at {@code now}. */
    synchronized boolean isLeased(String id, Instant now) {
        Instant until = leases.get(id);
        if (until != null && !now.isBefore(until)) {
            leases.remove(id);
            return false;
        }
        return until != null;
    }

    synchronized void forget(Collection<String> ids) {
        ids.forEach(leases::remove);
    }
}
