package com.referralcoach.slack;

import java.util.LinkedHashMap;
import java.util.Map;

/** Remembers the last few thousand event ids, so an event Slack sends again is handled once. */
final class SeenEvents {
    private final Map<String, Boolean> seen;

    SeenEvents(int capacity) {
        this.seen = new LinkedHashMap<>(capacity, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** True the first time {@code id} is seen; a missing id always counts as new. */
    synchronized boolean firstTime(String id) {
        return id == null || seen.putIfAbsent(id, Boolean.TRUE) == null;
    }
}
