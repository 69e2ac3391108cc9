package com.referralcoach.core.port;

import com.referralcoach.core.domain.Activity;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.Tally;
import com.referralcoach.core.domain.WorkspaceId;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Running counts of what reps did, kept per rep and 15-minute slot as activity is recorded, so goals and
 * digests read a few small documents instead of a team's history.
 */
public interface ActivityTally {
    /** Counts the activity (and adds its amount), durably, before returning. */
    void record(Activity activity);

    /** The non-empty tallies of these reps for slots starting in [from, to), in no particular order. */
    List<Tally> read(WorkspaceId workspace, Collection<RepId> reps, Instant from, Instant to);
}
