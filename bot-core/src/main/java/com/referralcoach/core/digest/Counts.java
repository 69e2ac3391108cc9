package com.referralcoach.core.digest;

import com.referralcoach.core.domain.ActivityKind;
import com.referralcoach.core.domain.Money;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** What one rep (or a whole team) did in one stretch of time: a count per activity, and amounts won. */
public final class Counts {
    private final EnumMap<ActivityKind, Long> counts = new EnumMap<>(ActivityKind.class);
    private final Map<String, BigDecimal> won = new TreeMap<>();
    private final Map<String, BigDecimal> wonFromReferrals = new TreeMap<>();

    void add(ActivityKind kind, long count, List<Money> amounts) {
        counts.merge(kind, count, Long::sum);
        Map<String, BigDecimal> into = kind == ActivityKind.LEAD_WON ? won
                : kind == ActivityKind.WON_FROM_REFERRAL ? wonFromReferrals : null;
        if (into != null) {
            for (Money money : amounts) {
                into.merge(money.currency().orElse(""), money.amount(), BigDecimal::add);
            }
        }
    }

    void addAll(Counts other) {
        other.counts.forEach((kind, n) -> counts.merge(kind, n, Long::sum));
        other.won.forEach((currency, amount) -> won.merge(currency, amount, BigDecimal::add));
        other.wonFromReferrals.forEach((currency, amount) -> wonFromReferrals.merge(currency, amount, BigDecimal::add));
    }

    public long of(ActivityKind kind) {
        return counts.getOrDefault(kind, 0L);
    }

    /** Asks per meeting that ended, when any meeting ended. */
    public Optional<Double> askRate() {
        long meetings = of(ActivityKind.MEETING_ENDED);
        return meetings == 0 ? Optional.empty() : Optional.of(of(ActivityKind.ASK_MADE) / (double) meetings);
    }

    /** Amounts won, per currency ("" when the rep gave none). */
    public List<Money> wonAmounts() {
        return moneys(won);
    }

    /** The part of the amounts won that came from referrals, per currency. */
    public List<Money> wonFromReferralAmounts() {
        return moneys(wonFromReferrals);
    }

    private static List<Money> moneys(Map<String, BigDecimal> byCurrency) {
        return byCurrency.entrySet().stream()
                .map(e -> new Money(e.getValue(), e.getKey().isEmpty() ? Optional.empty() : Optional.of(e.getKey())))
                .toList();
    }
}
