package com.referralcoach.core.store;

import static com.referralcoach.core.store.StoreSamples.ACME;
import static com.referralcoach.core.store.StoreSamples.ANA;
import static com.referralcoach.core.store.StoreSamples.BOB;
import static com.referralcoach.core.store.StoreSamples.GLOBEX;
import static com.referralcoach.core.store.StoreSamples.contact;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.Business;
import com.referralcoach.core.domain.BusinessSource;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.Money;
import com.referralcoach.core.domain.Goal;
import com.referralcoach.core.domain.GoalOwner;
import com.referralcoach.core.domain.Meeting;
import com.referralcoach.core.domain.Referral;
import com.referralcoach.core.domain.RelationshipEvent;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.Team;
import com.referralcoach.core.port.CoachStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link com.referralcoach.core.port.RepRecords} must do: hand over every record of the reps asked for, of one workspace. */
public abstract class RepRecordsContract {
    protected abstract CoachStore store();

    protected abstract MongoDatabase database();

    @Test
    void eachKindHoldsTheRecordsOfTheRepsAskedForInTheirWorkspaceOnly() {
        PersonWorld ana = PersonWorld.seed(store(), database(), ACME, ANA);
        PersonWorld.seed(store(), database(), GLOBEX, BOB);
        var records = store().records();

        List<Meeting> meetings = new ArrayList<>();
        records.meetings(ACME, Set.of(ANA), meetings::add);
        assertThat(meetings).hasSize(2).allMatch(m -> m.workspace().equals(ACME) && m.rep().equals(ANA));
        records.meetings(ACME, Set.of(BOB), meetings::add);
        assertThat(meetings).hasSize(2);
        List<Object> all = new ArrayList<>();
        records.asks(ACME, Set.of(ANA, BOB), all::add);
        assertThat(all).hasSize(2);
        List<Referral> referrals = new ArrayList<>();
        records.referrals(ACME, Set.of(ANA), referrals::add);
        assertThat(referrals).hasSize(3).extracting(Referral::referrer).contains(ana.jane.id(), ana.tom.id());
        List<Reminder> reminders = new ArrayList<>();
        records.reminders(ACME, Set.of(ANA), reminders::add);
        assertThat(reminders).hasSize(3);
        List<RelationshipEvent> events = new ArrayList<>();
        records.events(ACME, Set.of(ANA), events::add);
        assertThat(events).hasSize(2);
        List<Goal> goals = new ArrayList<>();
        records.goals(ACME, Set.of(GoalOwner.rep(ANA), GoalOwner.team(new Team(ACME, "East", Set.of(), java.util.Optional.empty(),
                java.time.ZoneOffset.UTC))), goals::add);
        assertThat(goals).extracting(Goal::owner).containsExactly(GoalOwner.rep(ANA));
        goals.clear();
        records.goals(ACME, Set.of(GoalOwner.rep(new RepId("U-NOBODY"))), goals::add);
        assertThat(goals).isEmpty();
        Business won = new Business(ACME, "b-1", ANA, BusinessSource.REPEAT,
                java.util.Optional.of(new Money(new java.math.BigDecimal("5000"), java.util.Optional.of("$"))),
                java.util.Optional.of(ana.jane.id()), StoreSamples.T0);
        store().business().save(won);
        store().business().save(new Business(GLOBEX, "b-2", BOB, BusinessSource.OTHER, java.util.Optional.empty(),
                java.util.Optional.empty(), StoreSamples.T0));
        List<Business> business = new ArrayList<>();
        records.business(ACME, Set.of(ANA, BOB), business::add);
        assertThat(business).containsExactly(won);
        List<Contact> contacts = new ArrayList<>();
        records.contacts(ACME, contacts::add);
        assertThat(contacts).extracting(Contact::id).containsExactlyInAnyOrder(ana.jane.id(), ana.tom.id(), ana.bo.id());
    }

    @Test
    void aBookBiggerThanOneBatchComesWhole() {
        for (int i = 0; i < 1_234; i++) {
            store().contacts().save(contact(ACME, "Person Number" + i));
        }
        long[] seen = {0};
        store().records().contacts(ACME, c -> seen[0]++);
        assertThat(seen[0]).isEqualTo(1_234);
    }
}
