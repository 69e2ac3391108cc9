package com.referralcoach.discord;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ids of the last few thousand interactions and messages handled, so an event delivered twice (a replay after
 * a gateway resume, a double click) is done once.
 */
final class SeenEvents {
    private static final int REMEMBERED = 10_000;

    private final Map<String, Boolean> seen = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** True the first time {@code id} is offered, false ever after (within the remembered window). */
    synchronized boolean firstTime(String id) {
        return seen.put(id, Boolean.TRUE) == null;
    }
}
