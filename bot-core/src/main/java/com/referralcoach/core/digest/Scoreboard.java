package com.referralcoach.core.digest;

import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.Tally;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Tallies read once for a stretch of time, summed per rep for any part of it ([from, to) by slot start). */
public final class Scoreboard {
    private final List<Tally> tallies;

    public Scoreboard(List<Tally> tallies) {
        this.tallies = List.copyOf(tallies);
    }

    /** Each rep's counts for slots starting in [from, to); reps with nothing get empty counts. */
    public Map<RepId, Counts> perRep(Collection<RepId> reps, Instant from, Instant to) {
        Map<RepId, Counts> out = new HashMap<>();
        reps.forEach(rep -> out.put(rep, new Counts()));
        for (Tally tally : tallies) {
            Counts counts = out.get(tally.rep());
            if (counts != null && !tally.slot().isBefore(from) && tally.slot().isBefore(to)) {
                counts.add(tally.kind(), tally.count(), tally.amounts());
            }
        }
        return out;
    }

    /** The counts of all these reps together for [from, to). */
    public Counts total(Collection<RepId> reps, Instant from, Instant to) {
        Counts total = new Counts();
        perRep(reps, from, to).values().forEach(total::addAll);
        return total;
    }

    /** One rep's counts for [from, to). */
    public Counts of(RepId rep, Instant from, Instant to) {
        return perRep(List.of(rep), from, to).get(rep);
    }
}
