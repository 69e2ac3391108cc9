package com.referralcoach.core.store;

import static com.referralcoach.core.store.StoreSamples.ACME;
import static com.referralcoach.core.store.StoreSamples.ANA;
import static com.referralcoach.core.store.StoreSamples.BOB;
import static com.referralcoach.core.store.StoreSamples.GLOBEX;
import static com.referralcoach.core.store.StoreSamples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.Meeting;
import com.referralcoach.core.domain.MeetingId;
import com.referralcoach.core.domain.PersonName;
import com.referralcoach.core.domain.Referral;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.ReminderId;
import com.referralcoach.core.domain.ReminderKind;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.port.MergeFootprint;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every store's {@link com.referralcoach.core.port.ContactMerges} must do. */
public abstract class ContactMergesContract {
    private static final ContactId JANE = new ContactId("c-jane");
    private static final ContactId JANE_DOE = new ContactId("c-jane-doe");
    private static final ContactId TOM = new ContactId("c-tom");
    /** Another workspace's contact, naming the duplicate's id in a field: it stays. */
    private static final ContactId ELSEWHERE = new ContactId("c-jane-globex");

    protected abstract CoachStore store();

    private Contact contact(WorkspaceId workspace, ContactId id, String name, String company, String email) {
        Contact contact = new Contact(workspace, id, new PersonName(name), Optional.ofNullable(company),
                Optional.ofNullable(email), Optional.empty(), T0);
        store().contacts().save(contact);
        return contact;
    }

    private Meeting meeting(WorkspaceId workspace, ContactId with, com.referralcoach.core.domain.RepId rep) {
        Meeting meeting = new Meeting(workspace, MeetingId.random(), rep, with, Optional.of("pricing"),
                Optional.empty(), T0, T0);
        store().meetings().save(meeting);
        return meeting;
    }

    @Test
    void everyRecordOfTheDuplicateMovesForEveryRepAndTheKeptOneLearnsWhatItLacked() {
        contact(ACME, JANE, "Jane", null, "jane@acme.com");
        Contact kept = contact(ACME, JANE_DOE, "Jane Doe", "Acme", null);
        contact(ACME, TOM, "Tom Lee", null, null);
        Meeting anas = meeting(ACME, JANE, ANA);
        Meeting bobs = meeting(ACME, JANE, BOB);
        Meeting other = meeting(ACME, TOM, ANA);
        Referral asReferrer = Referral.received(ACME, ANA, JANE, TOM, Optional.empty(), T0);
        Referral asLead = Referral.received(ACME, BOB, TOM, JANE, Optional.empty(), T0);
        store().referrals().save(asReferrer);
        store().referrals().save(asLead);
        Reminder checkIn = Reminder.pending(ACME, ReminderId.of("check-in-jane"), ANA, ReminderKind.CHECK_IN,
                Optional.of(JANE), Optional.empty(), Optional.empty(), T0.plus(Duration.ofDays(30)), T0);
        store().reminders().schedule(checkIn);
        contact(GLOBEX, ELSEWHERE, "Jane", null, null);
        Meeting elsewhere = meeting(GLOBEX, ELSEWHERE, ANA);

        assertThat(store().merges().footprint(ACME, JANE)).isEqualTo(new MergeFootprint(2, 0, 2, 1, 0));
        store().merges().merge(ACME, JANE, JANE_DOE);

        assertThat(store().contacts().find(ACME, JANE)).isEmpty();
        assertThat(store().contacts().find(ACME, JANE_DOE)).contains(kept.learn(Optional.empty(),
                Optional.of("jane@acme.com"), Optional.empty()));
        assertThat(store().meetings().withContact(ACME, ANA, JANE_DOE)).extracting(Meeting::id)
                .containsExactly(anas.id());
        assertThat(store().meetings().withContact(ACME, BOB, JANE_DOE)).extracting(Meeting::id)
                .containsExactly(bobs.id());
        assertThat(store().meetings().withContact(ACME, ANA, TOM)).containsExactly(other);
        assertThat(store().referrals().fromReferrer(ACME, ANA, JANE_DOE)).extracting(Referral::id)
                .containsExactly(asReferrer.id());
        assertThat(store().referrals().forLead(ACME, BOB, JANE_DOE)).extracting(Referral::id)
                .containsExactly(asLead.id());
        assertThat(store().reminders().find(ACME, checkIn.id())).hasValueSatisfying(
                r -> assertThat(r.contact()).contains(JANE_DOE));
        assertThat(store().merges().footprint(ACME, JANE)).isEqualTo(MergeFootprint.NONE);
        assertThat(store().contacts().find(GLOBEX, ELSEWHERE)).isPresent();
        assertThat(store().meetings().withContact(GLOBEX, ANA, ELSEWHERE)).containsExactly(elsewhere);
    }

    @Test
    void aMergeRecordedAsAChangeIsUndoneWhole() {
        Contact jane = contact(ACME, JANE, "Jane", null, "jane@acme.com");
        Contact kept = contact(ACME, JANE_DOE, "Jane Doe", "Acme", null);
        Meeting meeting = meeting(ACME, JANE, ANA);

        store().changes().recording(ACME, ANA, T0, () -> {
            store().merges().merge(ACME, JANE, JANE_DOE);
            return null;
        });
        assertThat(store().changes().undoLatest(ACME, ANA, T0.minus(Duration.ofMinutes(1)))).isPresent();

        assertThat(store().contacts().find(ACME, JANE)).contains(jane);
        assertThat(store().contacts().find(ACME, JANE_DOE)).contains(kept);
        assertThat(store().meetings().withContact(ACME, ANA, JANE)).containsExactly(meeting);
        assertThat(store().meetings().withContact(ACME, ANA, JANE_DOE)).isEqualTo(List.of());
    }
}
