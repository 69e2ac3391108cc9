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
 * Whether a deal is small for this rep: under half their average deal of the past year (with at least three deals
 * to compare; tallies keep a sum and a count per slot). Small customers refer big ones, so a small deal gets the same
 * ask as a big one.
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
        long deals = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (Tally slot : tallies.read(rep.workspace(), List.of(rep.id()), before.minus(LOOK_BACK), before)) {
            List<Money> same = slot.amounts().stream().filter(m -> m.currency().equals(won.currency())).toList();
            if (slot.kind() == ActivityKind.LEAD_WON && !same.isEmpty()) {
                deals += slot.count();
                total = total.add(same.stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
            }
        }
        if (deals < ENOUGH_DEALS) {
            return false;
        }
        BigDecimal average = total.divide(BigDecimal.valueOf(deals), java.math.MathContext.DECIMAL64);
        return won.amount().multiply(BigDecimal.valueOf(2)).compareTo(average) < 0;
    }

    static String smallDealLine(String first) {
        return "\nA small deal, but small customers refer big ones: ask " + first + " too, as you would your biggest"
                + " customer.";
    }
}
