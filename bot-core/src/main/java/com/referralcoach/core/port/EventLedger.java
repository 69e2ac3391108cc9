package com.referralcoach.core.port;

import java.time.Instant;

/**
 * The platform events handled, shared by every process on one store: a retry that a load balancer sends to another
 * process is recognised there too. Keys are the platform's own event ids (unique across workspaces) and hold no
 * content; they are kept about an hour, longer than any platform retries.
 */
public interface EventLedger {
    /** Remembers nothing: every event is new (one process, which its in-memory window covers). */
    EventLedger NONE = (key, at) -> true;

    /** True the first time {@code key} is recorded, durably, by any process; false ever after (within the hour). */
    boolean firstTime(String key, Instant at);
}
