package com.referralcoach.core.port;

/** What a merge moves from the duplicate to the person kept, counted over every rep of the workspace. */
public record MergeFootprint(long meetings, long asks, long referrals, long reminders, long events) {
    /** Nothing at all. */
    public static final MergeFootprint NONE = new MergeFootprint(0, 0, 0, 0, 0);
}
