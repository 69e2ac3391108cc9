package com.referralcoach.core.digest;

import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.Tally;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tallies read once for a stretch of time, summed per rep for any part of it ([from, to) by slot start). They are
 * kept in slot order, so each part visits only its own slots: a digest asks for some sixteen parts of the same
 * tallies (the week, the month, twelve trend weeks) and should not scan them all sixteen times.
 */
public final class Scoreboard {
    private static final Comparator<Tally> BY_SLOT = Comparator.comparing(Tally::slot);
    private final List<Tally> tallies;

    public Scoreboard(List<Tally> tallies) {
        List<Tally> sorted = new ArrayList<>(tallies);
        sorted.sort(BY_SLOT);
        this.tallies = List.copyOf(sorted);
    }

    /** Each rep's counts for slots starting in [from, to); reps with nothing get empty counts. */
    public Map<RepId, Counts> perRep(Collection<RepId> reps, Instant from, Instant to) {
        Map<RepId, Counts> out = new HashMap<>();
        reps.forEach(rep -> out.put(rep, new Counts()));
        for (int i = firstFrom(from); i < tallies.size() && tallies.get(i).slot().isBefore(to); i++) {
            Tally tally = tallies.get(i);
            Counts counts = out.get(tally.rep());
            if (counts != null) {
                counts.add(tally.kind(), tally.count(), tally.amounts());
            }
        }
        return out;
    }

    /** The index of the first tally whose slot starts at or after {@code from}. */
    private int firstFrom(Instant from) {
        int low = 0;
        int high = tallies.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (tallies.get(middle).slot().isBefore(from)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
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
