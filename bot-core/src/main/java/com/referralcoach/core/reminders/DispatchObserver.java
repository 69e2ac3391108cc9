package com.referralcoach.core.reminders;

import com.referralcoach.core.domain.ReminderKind;
import java.time.Duration;

/**
 * Told what became of each reminder the dispatcher claimed (for metrics): due, then sent (with how late after its due
 * time), skipped, deferred, retried or failed. It must not throw.
 */
public interface DispatchObserver {
    DispatchObserver NONE = new DispatchObserver() {
    };

    /** What became of a claimed reminder. */
    enum Outcome { SENT, SKIPPED, DEFERRED, RETRIED, FAILED }

    default void due(ReminderKind kind) {
    }

    /** {@code lag} is from the reminder's due time to its delivery; zero for outcomes other than SENT. */
    default void outcome(ReminderKind kind, Outcome outcome, Duration lag) {
    }
}
