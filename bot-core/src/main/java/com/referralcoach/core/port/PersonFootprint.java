package com.referralcoach.core.port;

/**
 * What erasing one person takes out, counted: their meetings, asks, referrals (as referrer or lead), reminders and
 * relationship events; the waiting messages that mention them (the inbox, messages held for a workspace choice);
 * the undo records and import ledgers holding their documents; and other mentions (open questions, button texts).
 */
public record PersonFootprint(long meetings, long asks, long referrals, long reminders, long events, long waiting,
                              long undoRecords, long importLedgers, long mentions) {
    /** Nothing at all. */
    public static final PersonFootprint NONE = new PersonFootprint(0, 0, 0, 0, 0, 0, 0, 0, 0);
}
