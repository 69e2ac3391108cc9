package com.referralcoach.core.store.mongo;

import com.referralcoach.core.domain.Activity;
import com.referralcoach.core.domain.ActivityKind;
import com.referralcoach.core.domain.Money;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.Tally;
import com.referralcoach.core.domain.WorkspaceId;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.types.Decimal128;

/**
 * Activity -> {@code $inc} update of one {@code tallies} document, and that document -> Tally records. A document
 * holds one rep's UTC week (Monday 00:00 UTC on): {@code _id} made of workspace, rep and Monday, {@code ws},
 * {@code rep}, {@code week}; {@code n.KIND.SLOT} counts and {@code a.KIND.SLOT.CURRENCY} sums amounts (Decimal128),
 * where SLOT is the 15-minute slot's index in the week (0-671) and CURRENCY a {@link CurrencyKeys} key.
 */
final class TallyMapper {
    static final String COUNTS = "n";
    static final String AMOUNTS = "a";
    static final long SLOT_SECONDS = Tally.SLOT.toSeconds();

    private TallyMapper() {
    }

    static LocalDate mondayOf(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static Instant startOf(LocalDate monday) {
        return monday.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    static String idOf(WorkspaceId workspace, RepId rep, LocalDate monday) {
        return StoredIds.of(workspace.value(), rep.value(), monday.toString());
    }

    /** {@code {$setOnInsert: {ws, rep, week}, $inc: {n.KIND.SLOT: 1, a.KIND.SLOT.CURRENCY: amount}}}. */
    static Document update(Activity activity) {
        LocalDate monday = mondayOf(activity.at());
        long slot = Math.floorDiv(activity.at().getEpochSecond() - startOf(monday).getEpochSecond(), SLOT_SECONDS);
        String path = activity.kind().name() + "." + slot;
        Document inc = new Document(COUNTS + "." + path, 1L);
        activity.amount().ifPresent(money -> inc.append(
                AMOUNTS + "." + path + "." + CurrencyKeys.keyOf(money.currency()),
                new Decimal128(money.amount().round(MathContext.DECIMAL128))));
        Document insert = new Document(Fields.WS, activity.workspace().value())
                .append(Fields.REP, activity.rep().value())
                .append(Fields.WEEK, StoredFields.date(startOf(monday)));
        return new Document("$setOnInsert", insert).append("$inc", inc);
    }

    /** {@code {a.KIND.SLOT.CURRENCY: after - before}} per currency touched; empty when nothing changes. */
    static Document amendment(Activity counted, Optional<Money> before) {
        String path = AMOUNTS + "." + counted.kind().name() + "." + slotOf(counted.at());
        Map<String, BigDecimal> deltas = new TreeMap<>();
        before.ifPresent(money -> deltas.merge(CurrencyKeys.keyOf(money.currency()), money.amount().negate(),
                BigDecimal::add));
        counted.amount().ifPresent(money -> deltas.merge(CurrencyKeys.keyOf(money.currency()), money.amount(),
                BigDecimal::add));
        Document inc = new Document();
        deltas.forEach((currency, delta) -> {
            if (delta.signum() != 0) {
                inc.append(path + "." + currency, new Decimal128(delta.round(MathContext.DECIMAL128)));
            }
        });
        return inc;
    }

    /** {@code {n.KIND.SLOT: -1, a.KIND.SLOT.CURRENCY: -amount}}: what {@link #update} added, taken back. */
    static Document retraction(Activity counted) {
        String path = counted.kind().name() + "." + slotOf(counted.at());
        Document inc = new Document(COUNTS + "." + path, -1L);
        counted.amount().ifPresent(money -> inc.append(
                AMOUNTS + "." + path + "." + CurrencyKeys.keyOf(money.currency()),
                new Decimal128(money.amount().negate().round(MathContext.DECIMAL128))));
        return inc;
    }

    /** How many of {@code counted}'s kind the week's document holds in its slot. */
    static long countOf(Document week, Activity counted) {
        Object kind = week.get(COUNTS, new Document()).get(counted.kind().name());
        Object count = kind instanceof Document slots ? slots.get(String.valueOf(slotOf(counted.at()))) : null;
        return count instanceof Number n ? n.longValue() : 0;
    }

    private static long slotOf(Instant at) {
        return Math.floorDiv(at.getEpochSecond() - startOf(mondayOf(at)).getEpochSecond(), SLOT_SECONDS);
    }

    /** The document's tallies for slots starting in [from, to). */
    static List<Tally> toTallies(Document document, Instant from, Instant to) {
        RepId rep = new RepId(StoredFields.string(document, Fields.REP));
        Instant week = StoredFields.instant(document, Fields.WEEK);
        Document counts = document.get(COUNTS, new Document());
        Document amounts = document.get(AMOUNTS, new Document());
        List<Tally> tallies = new ArrayList<>();
        for (Map.Entry<String, Object> byKind : counts.entrySet()) {
            ActivityKind kind = ActivityKind.valueOf(byKind.getKey());
            Document kindAmounts = amounts.get(byKind.getKey(), new Document());
            for (Map.Entry<String, Object> bySlot : ((Document) byKind.getValue()).entrySet()) {
                Instant slot = week.plusSeconds(Long.parseLong(bySlot.getKey()) * SLOT_SECONDS);
                long count = ((Number) bySlot.getValue()).longValue();
                if (count > 0 && !slot.isBefore(from) && slot.isBefore(to)) { // 0 once all of it was taken back
                    tallies.add(new Tally(rep, kind, slot, count,
                            money(kindAmounts.get(bySlot.getKey(), new Document()))));
                }
            }
        }
        return tallies;
    }

    private static List<Money> money(Document byCurrency) {
        Map<String, Object> sorted = new TreeMap<>(byCurrency);
        return sorted.entrySet().stream().filter(e -> decimal(e.getValue()).signum() > 0) // a corrected-away currency
                .map(e -> new Money(decimal(e.getValue()), CurrencyKeys.currencyOf(e.getKey()))).toList();
    }

    private static BigDecimal decimal(Object stored) {
        return stored instanceof Decimal128 d ? d.bigDecimalValue() : new BigDecimal(stored.toString());
    }
}
