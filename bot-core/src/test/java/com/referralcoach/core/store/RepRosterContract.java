package com.referralcoach.core.store;

import static com.referralcoach.core.store.StoreSamples.ACME;
import static com.referralcoach.core.store.StoreSamples.ANA;
import static com.referralcoach.core.store.StoreSamples.GLOBEX;
import static com.referralcoach.core.store.StoreSamples.HOSTILE;
import static com.referralcoach.core.store.StoreSamples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.domain.IdealReferral;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkingHours;
import java.time.DayOfWeek;
import com.referralcoach.core.port.RepRoster;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link RepRoster} must do. */
public abstract class RepRosterContract {
    protected abstract RepRoster reps();

    @Test
    void keepsEveryFieldWithoutManager() {
        Rep rep = new Rep(ACME, ANA, "Ana Lima", ZoneId.of("America/Sao_Paulo"), Optional.empty(), T0);
        reps().save(rep);
        assertThat(reps().find(ACME, ANA)).contains(rep);
    }

    @Test
    void keepsEveryFieldWithManager() {
        Rep rep = new Rep(ACME, ANA, "אנה 🙂", ZoneId.of("+05:30"), Optional.of(new RepId("U-BOSS")), T0);
        reps().save(rep);
        assertThat(reps().find(ACME, ANA)).contains(rep);
    }

    @Test
    void keepsTheIdealReferralItsTeamAndItsRemoval() {
        Rep rep = new Rep(ACME, ANA, "Ana", ZoneId.of("UTC"), Optional.empty(), T0);
        Rep own = rep.withIdeal(Optional.of(new IdealReferral("heads of ops at logistics firms", Optional.empty())));
        reps().save(own);
        assertThat(reps().find(ACME, ANA)).contains(own);
        Rep team = rep.withIdeal(Optional.of(new IdealReferral("IT directors", Optional.of("East"))));
        reps().save(team);
        assertThat(reps().find(ACME, ANA)).contains(team);
        reps().save(rep);
        assertThat(reps().find(ACME, ANA).orElseThrow().ideal()).isEmpty();
    }

    @Test
    void keepsDefaultWorkingHours() {
        Rep rep = new Rep(ACME, ANA, "Ana", ZoneId.of("UTC"), Optional.empty(), T0);
        reps().save(rep);
        assertThat(reps().find(ACME, ANA).orElseThrow().hours()).isEqualTo(WorkingHours.DEFAULT);
    }

    @Test
    void keepsCustomWorkingHours() {
        WorkingHours hours = new WorkingHours(0, 24 * 60,
                EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY));
        Rep rep = new Rep(ACME, ANA, "Ana", ZoneId.of("Asia/Kolkata"), Optional.empty(), T0).withHours(hours);
        reps().save(rep);
        assertThat(reps().find(ACME, ANA)).contains(rep);
        Rep narrower = rep.withHours(hours.withWindow(7 * 60 + 30, 12 * 60 + 15)
                .withDays(EnumSet.of(DayOfWeek.MONDAY)));
        reps().save(narrower);
        assertThat(reps().find(ACME, ANA)).contains(narrower);
    }

    @Test
    void keepsHostileTextLiterally() {
        for (String text : HOSTILE) {
            RepId id = new RepId("U/" + text);
            Rep rep = new Rep(ACME, id, text, ZoneId.of("UTC"), Optional.of(new RepId(text)), T0);
            reps().save(rep);
            assertThat(reps().find(ACME, id)).as(text).contains(rep);
        }
    }

    @Test
    void findsNothingUnknown() {
        assertThat(reps().find(ACME, ANA)).isEmpty();
    }

    @Test
    void savingAgainReplaces() {
        Rep rep = new Rep(ACME, ANA, "Ana", ZoneId.of("UTC"), Optional.empty(), T0);
        reps().save(rep);
        reps().save(rep);
        reps().save(rep.withZone(ZoneId.of("Europe/Lisbon")));
        assertThat(reps().find(ACME, ANA)).contains(rep.withZone(ZoneId.of("Europe/Lisbon")));
    }

    @Test
    void workspacesAreIsolated() {
        Rep inAcme = new Rep(ACME, ANA, "Ana of Acme", ZoneId.of("UTC"), Optional.empty(), T0);
        reps().save(inAcme);
        assertThat(reps().find(GLOBEX, ANA)).isEmpty();
        Rep inGlobex = new Rep(GLOBEX, ANA, "Ana of Globex", ZoneId.of("Asia/Tokyo"), Optional.empty(), T0);
        reps().save(inGlobex);
        assertThat(reps().find(ACME, ANA)).contains(inAcme);
        assertThat(reps().find(GLOBEX, ANA)).contains(inGlobex);
    }
}
