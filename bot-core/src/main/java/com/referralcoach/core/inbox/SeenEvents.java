package com.referralcoach.core.inbox;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ids of the last events handled (messages, clicks, commands), so an event a platform delivers twice (a retry,
 * a replay after a gateway resume, a double click) is handled once. An event without an id cannot be matched and
 * is always handled: a rare double answer beats a lost message.
 */
public final class SeenEvents {
    /** How many ids are remembered by default: far more than arrive within a platform's retry window. */
    public static final int REMEMBERED = 10_000;

    private final Map<String, Boolean> seen;

    public SeenEvents() {
        this(REMEMBERED);
    }

    public SeenEvents(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.seen = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** True the first time {@code id} is offered, false ever after (within the remembered window); null is new. */
    public synchronized boolean firstTime(String id) {
        return id == null || seen.putIfAbsent(id, Boolean.TRUE) == null;
    }
}
