package com.referralcoach.core.store;

import static com.referralcoach.core.store.StoreSamples.ACME;
import static com.referralcoach.core.store.StoreSamples.ANA;
import static com.referralcoach.core.store.StoreSamples.BOB;
import static com.referralcoach.core.store.StoreSamples.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.referralcoach.core.ReferralCoachException;
import com.referralcoach.core.domain.Activity;
import com.referralcoach.core.domain.ActivityKind;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.Money;
import com.referralcoach.core.domain.PersonName;
import com.referralcoach.core.domain.Tally;
import com.referralcoach.core.port.ChangeJournal;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.port.Reverted;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link ChangeJournal} must do over the store it belongs to. */
public abstract class ChangeJournalContract {
    private static final Contact JANE = new Contact(ACME, new ContactId("c-jane"), new PersonName("Jane Doe"),
            Optional.empty(), Optional.empty(), Optional.empty(), T0);

    /** A store whose {@link CoachStore#changes()} records what its other ports write. */
    protected abstract CoachStore store();

    private Optional<List<Reverted>> undo() {
        return store().changes().undoLatest(ACME, ANA, T0.minus(Duration.ofMinutes(15)));
    }

    private void change(Runnable writes) {
        store().changes().recording(ACME, ANA, T0, () -> {
            writes.run();
            return null;
        });
    }

    @Test
    void hasNothingToUndoBeforeAnyChange() {
        store().contacts().save(JANE);

        assertThat(undo()).isEmpty();
        assertThat(store().contacts().find(ACME, JANE.id())).contains(JANE);
    }

    @Test
    void undoesWhatAChangeCreatedAndSaysWhat() {
        change(() -> store().contacts().save(JANE));

        assertThat(undo()).contains(List.of(new Reverted(Optional.empty(), Optional.of(JANE))));
        assertThat(store().contacts().find(ACME, JANE.id())).isEmpty();
        assertThat(undo()).isEmpty();
    }

    @Test
    void putsBackWhatAChangeAltered() {
        store().contacts().save(JANE);
        Contact learned = JANE.learn(Optional.of("Acme"), Optional.empty(), Optional.empty());
        change(() -> store().contacts().save(learned));

        assertThat(undo()).contains(List.of(new Reverted(Optional.of(JANE), Optional.of(learned))));
        assertThat(store().contacts().find(ACME, JANE.id())).contains(JANE);
    }

    @Test
    void aChangeThatFailsPartwayIsTakenBackAtOnceAndLeavesNothingToUndo() {
        store().contacts().save(JANE);
        Contact learned = JANE.learn(Optional.of("Acme"), Optional.empty(), Optional.empty());
        Contact tom = new Contact(ACME, new ContactId("c-tom"), new PersonName("Tom Lee"), Optional.empty(),
                Optional.empty(), Optional.empty(), T0);
        Activity won = new Activity(ACME, ANA, ActivityKind.LEAD_WON, T0,
                Optional.of(new Money(java.math.BigDecimal.TEN, Optional.of("$"))));

        assertThatThrownBy(() -> change(() -> {
            store().contacts().save(learned);
            store().contacts().save(tom);
            store().tallies().record(won);
            throw new ReferralCoachException("the store failed partway");
        })).hasMessage("the store failed partway");

        assertThat(store().contacts().find(ACME, JANE.id())).contains(JANE);
        assertThat(store().contacts().find(ACME, tom.id())).isEmpty();
        assertThat(store().tallies().read(ACME, List.of(ANA), T0.minus(Duration.ofDays(7)),
                T0.plus(Duration.ofDays(7)))).allSatisfy(t -> assertThat(t.count()).isZero());
        assertThat(undo()).isEmpty();
    }

    @Test
    void aChangeThatWroteNothingNewIsNoChange() {
        store().contacts().save(JANE);
        change(() -> store().contacts().save(JANE));

        assertThat(undo()).isEmpty();
    }

    @Test
    void undoesOnlyChangesMadeSinceTheGivenInstantAndOnlyTheRepsOwn() {
        change(() -> store().contacts().save(JANE));

        assertThat(store().changes().undoLatest(ACME, BOB, T0.minusSeconds(60))).isEmpty();
        assertThat(store().changes().undoLatest(ACME, ANA, T0.plusSeconds(1))).isEmpty();
        assertThat(store().changes().undoLatest(ACME, ANA, T0)).isPresent();
    }

    @Test
    void aCountGoesBackByWhatTheChangeAddedOnly() {
        Activity ask = Activity.of(ACME, ANA, ActivityKind.ASK_MADE, T0);
        store().tallies().record(ask);
        change(() -> store().tallies().record(ask));
        store().tallies().record(ask);

        undo();

        assertThat(store().tallies().read(ACME, List.of(ANA), T0.minusSeconds(3600), T0.plusSeconds(3600)))
                .extracting(Tally::count).containsExactly(2L);
    }
}
