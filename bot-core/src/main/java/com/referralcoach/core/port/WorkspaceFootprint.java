package com.referralcoach.core.port;

/** What erasing a whole workspace takes out: its reps, its contacts and every other record, counted. */
public record WorkspaceFootprint(long reps, long contacts, long otherRecords) {
}
