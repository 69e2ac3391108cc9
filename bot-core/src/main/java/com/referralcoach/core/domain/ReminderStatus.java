package com.referralcoach.core.domain;

/** Where a reminder is in its life: waiting, being delivered, or done one way or another. */
public enum ReminderStatus {
    PENDING,
    CLAIMED,
    SENT,
    /** Not needed any more when it came due (the lead was already contacted, the referrer thanked). */
    SKIPPED,
    /** Could not be delivered after every retry. */
    FAILED,
    CANCELLED;

    public boolean isDone() {
        return this == SENT || this == SKIPPED || this == FAILED || this == CANCELLED;
    }
}
