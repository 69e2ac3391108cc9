package com.referralcoach.core.export;

/** How many records of each kind an export holds. */
public record ExportCounts(long contacts, long meetings, long asks, long referrals, long reminders, long goals,
                           long events, long business) {
}
