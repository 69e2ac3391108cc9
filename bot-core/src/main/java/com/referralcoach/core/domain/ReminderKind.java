package com.referralcoach.core.domain;

/** What a reminder nudges the rep to do. */
public enum ReminderKind {
    /** A logged meeting has ended: ask for a referral. */
    ASK_AFTER_MEETING,
    /**
     * A calendar customer meeting starts in 15 minutes and the rep asked for prep notes: what to bring up, and the ask
     * to make at the end. Said at its time whatever the working hours; skipped once the meeting has started.
     */
    MEETING_PREP,
    /** A new lead has not been contacted within one working hour. */
    LEAD_NOT_CONTACTED_HOUR,
    /** A new lead has not been contacted within one working day. */
    LEAD_NOT_CONTACTED_DAY,
    /** Told to the rep's manager: a lead has waited a working day. */
    LEAD_ESCALATION,
    /** An open lead's referrer has not heard from the rep for 14 days. */
    REFERRER_UPDATE,
    /** A referrer has not been thanked yet. */
    THANK_REFERRER,
    /** A contact's check-in cadence has run out since the last touch. */
    CHECK_IN,
    /** Two working days before a birthday: send a card. */
    BIRTHDAY_CARD,
    /** A contact's birthday. */
    BIRTHDAY,
    /** Two working days before a customer anniversary: send a card. */
    ANNIVERSARY_CARD,
    /** The anniversary of the day a customer started. */
    ANNIVERSARY,
    /** A testimonial or recommendation asked for a week ago has not come in. */
    ENDORSEMENT_FOLLOW_UP,
    /** A week after a win or a 9-10: suggest asking for a testimonial or a review (never the week of an ask). */
    ENDORSEMENT_SUGGESTION,
    /** A won deal's first month is over: how satisfied are they? */
    SATISFACTION_CHECK,
    /** A referral month day: help this contact first, then ask. */
    REFERRAL_MONTH,
    /** The morning of the rep's middle work day (Wednesday for Mon-Fri): a rep behind on a goal hears what to do. */
    GOAL_NUDGE,
    /**
     * An import of the rep's was stopped by a restart and taken back: said once, at once (not held to working hours).
     * Its id is the import's, so the notice finds the file's name and is stored once per import.
     */
    IMPORT_INTERRUPTED
}
