package com.referralcoach.core.store;

import static com.referralcoach.core.domain.ActivityKind.ASK_MADE;
import static com.referralcoach.core.domain.ActivityKind.LEAD_WON;
import static com.referralcoach.core.domain.ActivityKind.MEETING_ENDED;
import static com.referralcoach.core.store.StoreSamples.ACME;
import static com.referralcoach.core.store.StoreSamples.ANA;
import static com.referralcoach.core.store.StoreSamples.BOB;
import static com.referralcoach.core.store.StoreSamples.GLOBEX;
import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.domain.Activity;
import com.referralcoach.core.domain.ActivityKind;
import com.referralcoach.core.domain.Money;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.Tally;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ActivityTally;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link ActivityTally} must do. */
public abstract class ActivityTallyContract {
    /** A Monday, 00:00 UTC. */
    protected static final Instant MONDAY = Instant.parse("2025-03-03T00:00:00Z");
    private static final Duration SLOT = Tally.SLOT;

    protected abstract ActivityTally tallies();

    protected void record(WorkspaceId workspace, RepId rep, ActivityKind kind, Instant at) {
        tallies().record(Activity.of(workspace, rep, kind, at));
    }

    private void won(RepId rep, Instant at, String amount, String currency) {
        tallies().record(new Activity(ACME, rep, LEAD_WON, at,
                Optional.of(new Money(new BigDecimal(amount), Optional.ofNullable(currency)))));
    }

    private List<Tally> read(RepId rep, Instant from, Instant to) {
        return tallies().read(ACME, List.of(rep), from, to);
    }

    private static Tally tally(RepId rep, ActivityKind kind, Instant slot, long count, Money... amounts) {
        return new Tally(rep, kind, slot, count, List.of(amounts));
    }

    private static Money money(String amount, String currency) {
        return new Money(new BigDecimal(amount), Optional.ofNullable(currency));
    }

    @Test
    void countsEachKindPerSlot() {
        Instant nine = MONDAY.plus(Duration.ofHours(9));
        record(ACME, ANA, ASK_MADE, nine);
        record(ACME, ANA, ASK_MADE, nine.plusSeconds(14 * 60 + 59).plusMillis(999));
        record(ACME, ANA, ASK_MADE, nine.plus(SLOT));
        record(ACME, ANA, MEETING_ENDED, nine.plusSeconds(1));
        assertThat(read(ANA, MONDAY, MONDAY.plus(Duration.ofDays(7)))).containsExactlyInAnyOrder(
                tally(ANA, ASK_MADE, nine, 2), tally(ANA, ASK_MADE, nine.plus(SLOT), 1),
                tally(ANA, MEETING_ENDED, nine, 1));
    }

    @Test
    void readsSlotsStartingInAHalfOpenRange() {
        Instant slot = MONDAY.plus(Duration.ofHours(10));
        record(ACME, ANA, ASK_MADE, slot.plusSeconds(600));
        assertThat(read(ANA, slot, slot.plus(SLOT))).containsExactly(tally(ANA, ASK_MADE, slot, 1));
        assertThat(read(ANA, slot, slot.plusNanos(1))).containsExactly(tally(ANA, ASK_MADE, slot, 1));
        assertThat(read(ANA, slot.minus(SLOT), slot)).isEmpty();
        assertThat(read(ANA, slot.plusSeconds(1), slot.plus(Duration.ofDays(30)))).isEmpty();
        assertThat(read(ANA, slot, slot)).isEmpty();
        assertThat(read(ANA, slot.plus(SLOT), slot)).isEmpty();
        assertThat(tallies().read(ACME, List.of(), slot, slot.plus(SLOT))).isEmpty();
    }

    @Test
    void weeksMeetAtMondayMidnightUtc() {
        Instant lastSlot = MONDAY.minus(SLOT);
        record(ACME, ANA, ASK_MADE, MONDAY.minusMillis(1));
        record(ACME, ANA, ASK_MADE, MONDAY);
        record(ACME, ANA, ASK_MADE, MONDAY.minus(Duration.ofDays(7)));
        assertThat(read(ANA, MONDAY.minus(Duration.ofDays(7)), MONDAY.plus(SLOT))).containsExactlyInAnyOrder(
                tally(ANA, ASK_MADE, MONDAY.minus(Duration.ofDays(7)), 1), tally(ANA, ASK_MADE, lastSlot, 1),
                tally(ANA, ASK_MADE, MONDAY, 1));
        assertThat(read(ANA, MONDAY, MONDAY.plus(Duration.ofDays(7)))).containsExactly(tally(ANA, ASK_MADE, MONDAY, 1));
        assertThat(read(ANA, lastSlot, MONDAY)).containsExactly(tally(ANA, ASK_MADE, lastSlot, 1));
    }

    @Test
    void aWeekInAnotherZoneSpansTwoStoredWeeks() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        ZonedDateTime start = ZonedDateTime.of(2025, 3, 3, 0, 0, 0, 0, berlin);
        record(ACME, ANA, ASK_MADE, start.toInstant());
        record(ACME, ANA, ASK_MADE, start.plusDays(7).toInstant().minusSeconds(1));
        record(ACME, ANA, ASK_MADE, start.plusDays(7).toInstant());
        List<Tally> week = read(ANA, start.toInstant(), start.plusDays(7).toInstant());
        assertThat(week).extracting(Tally::slot).containsExactlyInAnyOrder(start.toInstant(),
                start.plusDays(7).toInstant().minus(SLOT));
    }

    @Test
    void sumsAmountsPerCurrency() {
        Instant noon = MONDAY.plus(Duration.ofHours(12));
        won(ANA, noon, "100.50", "$");
        won(ANA, noon.plusSeconds(60), "200", "$");
        won(ANA, noon.plusSeconds(120), "5", "EUR");
        won(ANA, noon.plusSeconds(180), "7", null);
        won(ANA, noon.plusSeconds(240), "0.25", null);
        record(ACME, ANA, LEAD_WON, noon.plusSeconds(300));
        assertThat(read(ANA, noon, noon.plus(SLOT))).singleElement().satisfies(t -> {
            assertThat(t.count()).isEqualTo(6);
            assertThat(t.amounts()).containsExactlyInAnyOrder(money("300.5", "$"), money("5", "EUR"),
                    money("7.25", null));
        });
    }

    @Test
    void anAmendedWinChangesItsAmountAndKeepsItsCount() {
        Instant noon = MONDAY.plus(Duration.ofHours(12));
        won(ANA, noon, "8000", "$");
        won(ANA, noon.plusSeconds(60), "500", "$");
        tallies().amend(new Activity(ACME, ANA, LEAD_WON, noon, Optional.of(money("9000", "$"))),
                Optional.of(money("8000", "$")));
        assertThat(read(ANA, noon, noon.plus(SLOT))).containsExactly(tally(ANA, LEAD_WON, noon, 2,
                money("9500", "$")));
    }

    @Test
    void anAmendmentMovesAnAmountToAnotherCurrencyAndGivesOneToAWinThatHadNone() {
        Instant noon = MONDAY.plus(Duration.ofHours(12));
        won(ANA, noon, "8000", "$");
        record(ACME, ANA, LEAD_WON, noon.plus(SLOT));
        tallies().amend(new Activity(ACME, ANA, LEAD_WON, noon, Optional.of(money("7000", "EUR"))),
                Optional.of(money("8000", "$")));
        tallies().amend(new Activity(ACME, ANA, LEAD_WON, noon.plus(SLOT), Optional.of(money("300", null))),
                Optional.empty());
        assertThat(read(ANA, noon, noon.plus(Duration.ofHours(1)))).containsExactlyInAnyOrder(
                tally(ANA, LEAD_WON, noon, 1, money("7000", "EUR")),
                tally(ANA, LEAD_WON, noon.plus(SLOT), 1, money("300", null)));
    }

    @Test
    void anAmendmentToTheSameAmountChangesNothing() {
        Instant noon = MONDAY.plus(Duration.ofHours(12));
        won(ANA, noon, "8000", "$");
        tallies().amend(new Activity(ACME, ANA, LEAD_WON, noon, Optional.of(money("8000", "$"))),
                Optional.of(money("8000", "$")));
        assertThat(read(ANA, noon, noon.plus(SLOT))).containsExactly(tally(ANA, LEAD_WON, noon, 1,
                money("8000", "$")));
    }

    @Test
    void aRetractionTakesBackOneCountAndItsAmountFromItsSlotOnly() {
        Instant noon = MONDAY.plus(Duration.ofHours(12));
        won(ANA, noon, "8000", "$");
        won(ANA, noon.plusSeconds(60), "500", "$");
        record(ACME, ANA, MEETING_ENDED, noon);
        record(ACME, ANA, MEETING_ENDED, noon.plus(SLOT));
        tallies().retract(new Activity(ACME, ANA, LEAD_WON, noon.plusSeconds(30), Optional.of(money("8000", "$"))));
        tallies().retract(Activity.of(ACME, ANA, MEETING_ENDED, noon.plus(SLOT).plusSeconds(1)));
        assertThat(read(ANA, noon, noon.plus(Duration.ofHours(1)))).containsExactlyInAnyOrder(
                tally(ANA, LEAD_WON, noon, 1, money("500", "$")), tally(ANA, MEETING_ENDED, noon, 1));
    }

    @Test
    void aRetractionNeverTakesACountBelowZeroNorTouchesAnotherWorkspaceOrRep() {
        Instant noon = MONDAY.plus(Duration.ofHours(12));
        record(ACME, ANA, ASK_MADE, noon);
        tallies().retract(Activity.of(ACME, ANA, ASK_MADE, noon));
        tallies().retract(Activity.of(ACME, ANA, ASK_MADE, noon));
        tallies().retract(Activity.of(ACME, ANA, MEETING_ENDED, noon));
        tallies().retract(Activity.of(ACME, BOB, ASK_MADE, noon.plus(Duration.ofDays(30))));
        record(GLOBEX, ANA, ASK_MADE, noon);
        tallies().retract(Activity.of(ACME, ANA, ASK_MADE, noon));
        assertThat(read(ANA, MONDAY, MONDAY.plus(Duration.ofDays(60)))).isEmpty();
        assertThat(tallies().read(GLOBEX, List.of(ANA), noon, noon.plus(SLOT)))
                .containsExactly(tally(ANA, ASK_MADE, noon, 1));
        record(ACME, ANA, ASK_MADE, noon);
        assertThat(read(ANA, noon, noon.plus(SLOT))).containsExactly(tally(ANA, ASK_MADE, noon, 1));
    }

    @Test
    void keepsAwkwardCurrenciesApart() {
        List<String> currencies = List.of("a.b", "$gt", ".", "nul\u0000", "c_0024", "none", "", "€",
                "{\"$gt\":\"\"}");
        for (String currency : currencies) {
            won(ANA, MONDAY, "1", currency);
            won(ANA, MONDAY, "2", currency);
        }
        won(ANA, MONDAY, "4", null);
        Tally tally = read(ANA, MONDAY, MONDAY.plus(SLOT)).get(0);
        assertThat(tally.amounts()).hasSize(currencies.size() + 1).contains(money("4", null));
        currencies.forEach(c -> assertThat(tally.amounts()).as(c).contains(money("3", c)));
    }

    @Test
    void keepsRepsApartAndReadsSeveralAtOnce() {
        RepId carl = new RepId("U-CARL");
        record(ACME, ANA, ASK_MADE, MONDAY);
        record(ACME, BOB, ASK_MADE, MONDAY);
        record(ACME, BOB, ASK_MADE, MONDAY);
        record(ACME, carl, ASK_MADE, MONDAY);
        assertThat(tallies().read(ACME, List.of(ANA, BOB, ANA), MONDAY, MONDAY.plus(SLOT)))
                .containsExactlyInAnyOrder(tally(ANA, ASK_MADE, MONDAY, 1), tally(BOB, ASK_MADE, MONDAY, 2));
    }

    @Test
    void workspacesAreIsolated() {
        record(ACME, ANA, ASK_MADE, MONDAY);
        assertThat(tallies().read(GLOBEX, List.of(ANA), MONDAY, MONDAY.plus(SLOT))).isEmpty();
        record(GLOBEX, ANA, MEETING_ENDED, MONDAY);
        assertThat(read(ANA, MONDAY, MONDAY.plus(SLOT))).containsExactly(tally(ANA, ASK_MADE, MONDAY, 1));
        record(new WorkspaceId("T|a"), new RepId("b"), ASK_MADE, MONDAY);
        assertThat(tallies().read(new WorkspaceId("T"), List.of(new RepId("a|b")), MONDAY, MONDAY.plus(SLOT)))
                .isEmpty();
    }

    @Test
    void keepsHostileRepIdsLiterally() {
        for (String text : StoreSamples.HOSTILE) {
            RepId rep = new RepId(text);
            record(ACME, rep, ASK_MADE, MONDAY);
            assertThat(read(rep, MONDAY, MONDAY.plus(SLOT))).as(text).containsExactly(tally(rep, ASK_MADE, MONDAY, 1));
        }
        assertThat(read(new RepId("$ne"), MONDAY, MONDAY.plus(SLOT))).isEmpty();
    }

    @Test
    void readsLongAndUnboundedRanges() {
        Instant before1970 = Instant.parse("1969-12-31T23:59:59Z");
        record(ACME, ANA, ASK_MADE, before1970);
        record(ACME, ANA, ASK_MADE, MONDAY);
        record(ACME, BOB, ASK_MADE, Instant.parse("2290-01-01T12:00:00Z"));
        List<Tally> expected = List.of(tally(ANA, ASK_MADE, Tally.slotOf(before1970), 1),
                tally(ANA, ASK_MADE, MONDAY, 1), tally(BOB, ASK_MADE, Instant.parse("2290-01-01T12:00:00Z"), 1));
        assertThat(tallies().read(ACME, List.of(ANA, BOB), Instant.parse("1900-01-01T00:00:00Z"),
                Instant.parse("2300-01-01T00:00:00Z"))).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(tallies().read(ACME, List.of(ANA, BOB), Instant.MIN, Instant.MAX))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(tallies().read(GLOBEX, List.of(ANA, BOB), Instant.MIN, Instant.MAX)).isEmpty();
    }
}
