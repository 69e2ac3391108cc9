package com.referralcoach.core.store.mongo;

/** The names of the collections this store owns. */
final class Collections {
    static final String REPS = "reps";
    static final String CONTACTS = "contacts";
    static final String MEETINGS = "meetings";
    static final String ASKS = "asks";
    static final String REFERRALS = "referrals";
    static final String REMINDERS = "reminders";
    /** Pointers to reminders by the minute they come due, and the dispatcher's watermark. */
    static final String REMINDER_SLOTS = "reminderSlots";

    private Collections() {
    }
}
