package com.referralcoach.core.inbox;

import com.referralcoach.core.port.EventLedger;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ids of the last events handled (messages, clicks, commands), so an event a platform delivers twice (a retry,
 * a replay after a gateway resume, a double click) is handled once. An event without an id cannot be matched and
 * is always handled: a rare double answer beats a lost message. With a shared {@link EventLedger}, an id new here is
 * also checked against every other process on the store (a retry a load balancer sent elsewhere); if the ledger
 * cannot answer, the event counts as new, for the same reason.
 */
public final class SeenEvents {
    /** How many ids are remembered by default: far more than arrive within a platform's retry window. */
    public static final int REMEMBERED = 10_000;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SeenEvents.class);

    private final Map<String, Boolean> seen;
    private final EventLedger shared;
    private final String platform;
    private final Clock clock;

    public SeenEvents() {
        this(REMEMBERED);
    }

    public SeenEvents(int capacity) {
        // no shared ledger: its clock is never read
        this(capacity, EventLedger.NONE, "", Clock.fixed(java.time.Instant.EPOCH, java.time.ZoneOffset.UTC));
    }

    /** Events of {@code platform}, also checked in {@code shared}, the ledger of every process on the store. */
    public SeenEvents(EventLedger shared, String platform, Clock clock) {
        this(REMEMBERED, shared, platform, clock);
    }

    private SeenEvents(int capacity, EventLedger shared, String platform, Clock clock) {
        this.shared = shared;
        this.platform = platform;
        this.clock = clock;
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
    public boolean firstTime(String id) {
        if (id == null) {
            return true;
        }
        synchronized (this) {
            if (seen.putIfAbsent(id, Boolean.TRUE) != null) {
                return false;
            }
        }
        try {
            return shared.firstTime(platform + ":" + id, clock.instant());
        } catch (RuntimeException e) {
            log.warn("Could not check event {} against the other processes; handling it", id, e);
            return true;
        }
    }
}
