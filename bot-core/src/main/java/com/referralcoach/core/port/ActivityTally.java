package com.referralcoach.core.port;

import com.referralcoach.core.domain.Activity;
import com.referralcoach.core.domain.Money;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.Tally;
import com.referralcoach.core.domain.WorkspaceId;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Running counts of what reps did, kept per rep and 15-minute slot as activity is recorded, so goals and
 * digests read a few small documents instead of a team's history.
 */
public interface ActivityTally {
    /** Counts the activity (and adds its amount), durably, before returning. */
    void record(Activity activity);

    /**
     * Won business counted earlier at {@code counted.at()} with {@code before} is worth {@code counted.amount()}: the
     * amounts of its slot change, durably, and its count stays.
     */
    void amend(Activity counted, Optional<Money> before);

    /**
     * Something counted earlier at {@code counted.at()} is taken back (a deleted meeting or lead, a meeting moved): its
     * slot's count drops by one and its amount, if any, is subtracted, durably. A slot with no such count is left
     * alone, so a count is never taken below zero.
     */
    void retract(Activity counted);

    /** The non-empty tallies of these reps for slots starting in [from, to), in no particular order. */
    List<Tally> read(WorkspaceId workspace, Collection<RepId> reps, Instant from, Instant to);
}
