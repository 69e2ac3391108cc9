package com.referralcoach.core.domain;

/** What a reminder nudges the rep to do. */
public enum ReminderKind {
    /** A logged meeting has ended: ask for a referral. */
    ASK_AFTER_MEETING,
    /** A new lead has not been contacted within one working hour. */
    LEAD_NOT_CONTACTED_HOUR,
    /** A new lead has not been contacted within one working day. */
    LEAD_NOT_CONTACTED_DAY,
    /** Told to the rep's manager: a lead has waited a working day. */
    LEAD_ESCALATION,
    /** An open lead's referrer has not heard from the rep for 14 days. */
    REFERRER_UPDATE,
    /** A referrer has not been thanked yet. */
    THANK_REFERRER
}
