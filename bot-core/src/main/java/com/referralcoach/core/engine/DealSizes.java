package com.referralcoach.core.engine;

import com.referralcoach.core.domain.ActivityKind;
import com.referralcoach.core.domain.Money;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.Tally;
import com.referralcoach.core.port.ActivityTally;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Whether a deal is small for this rep: under half the median of what they won in the past year (with at least
 * three deals to compare). Small customers refer big ones, so a small deal gets the same ask as a big one.
 */
final class DealSizes {
    static final Duration LOOK_BACK = Duration.ofDays(365);
    static final int ENOUGH_DEALS = 3;

    private final ActivityTally tallies;

    DealSizes(ActivityTally tallies) {
        this.tallies = tallies;
    }

    /** True when {@code won}, counted at {@code at}, is small next to the rep's deals before it. */
    boolean isSmall(Rep rep, Money won, Instant at) {
        Instant before = Tally.slotOf(at);
        List<BigDecimal> earlier = tallies.read(rep.workspace(), List.of(rep.id()), before.minus(LOOK_BACK), before)
                .stream().filter(t -> t.kind() == ActivityKind.LEAD_WON).flatMap(t -> t.amounts().stream())
                .filter(m -> m.currency().equals(won.currency()) || m.currency().isEmpty() || won.currency().isEmpty())
                .map(Money::amount).sorted().toList();
        if (earlier.size() < ENOUGH_DEALS) {
            return false;
        }
        BigDecimal median = earlier.get(earlier.size() / 2);
        return won.amount().multiply(BigDecimal.valueOf(2)).compareTo(median) < 0;
    }

    static String smallDealLine(String first) {
        return "\nA small deal, but small customers refer big ones: ask " + first + " too, as you would your biggest"
                + " customer.";
    }
}
