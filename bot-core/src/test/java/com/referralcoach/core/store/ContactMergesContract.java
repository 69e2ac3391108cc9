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
import com.referralcoach.core.domain.ContactImport;
import com.referralcoach.core.domain.ImportId;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.language.ConfirmDeleteLead;
import com.referralcoach.core.language.ConfirmForget;
import com.referralcoach.core.port.CoachStore;
import com.referralcoach.core.port.ContactFill;
import com.referralcoach.core.port.ImportBatch;
import com.referralcoach.core.port.PendingQuestion;
import com.referralcoach.core.port.MergeFootprint;
import java.time.Duration;
import java.time.ZoneOffset;
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

    private ImportId imported(Contact created, ContactFill filled) {
        ImportId id = ImportId.random();
        Rep ana = new Rep(ACME, ANA, "Ana", ZoneOffset.UTC, Optional.empty(), T0);
        store().imports().begin(ContactImport.started(ana, id, "Connections.csv", T0));
        store().imports().write(new ImportBatch(ACME, id, 0, created == null ? List.of() : List.of(created),
                filled == null ? List.of() : List.of(filled), List.of(), List.of()));
        store().imports().complete(ACME, id, T0.plusSeconds(1));
        return id;
    }

    @Test
    void anImportedPersonKeptByAMergeSurvivesUndoImportAndLosesOnlyWhatTheFileGaveThem() {
        contact(ACME, JANE, "Jane", null, "jane@home.example");
        Contact fromFile = new Contact(ACME, JANE_DOE, new PersonName("Jane Doe"), Optional.of("Acme"),
                Optional.of("jane@acme.com"), Optional.empty(), T0);
        ImportId id = imported(fromFile, null);
        store().contacts().save(fromFile);
        Meeting typedMeeting = meeting(ACME, JANE, ANA);

        store().merges().merge(ACME, JANE, JANE_DOE);
        store().imports().remove(ACME, id, T0.plusSeconds(2));

        assertThat(store().contacts().find(ACME, JANE_DOE)).hasValueSatisfying(kept -> {
            assertThat(kept.name().display()).isEqualTo("Jane Doe");
            assertThat(kept.company()).isEmpty();
            assertThat(kept.email()).isEmpty();
        });
        assertThat(store().contacts().find(ACME, JANE)).isEmpty();
        assertThat(store().meetings().withContact(ACME, ANA, JANE_DOE)).extracting(Meeting::id)
                .containsExactly(typedMeeting.id());
    }

    @Test
    void anImportedDuplicateMergedIntoATypedPersonLeavesThemWithTheirOwnDetailsAfterUndoImport() {
        Contact kept = contact(ACME, JANE_DOE, "Jane Doe", "Acme", null);
        Contact fromFile = new Contact(ACME, JANE, new PersonName("Jane"), Optional.of("Globex"),
                Optional.of("jane@acme.com"), Optional.of("+1 555 0100"), T0);
        ImportId id = imported(fromFile, null);
        store().contacts().save(fromFile);
        ImportId filledLater = imported(null, new ContactFill(JANE, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("CFO"), Optional.empty()));
        store().contacts().save(new Contact(ACME, JANE, fromFile.name(), fromFile.company(), fromFile.email(),
                fromFile.phone(), Optional.of("CFO"), Optional.empty(), T0));

        store().merges().merge(ACME, JANE, JANE_DOE);
        assertThat(store().contacts().find(ACME, JANE_DOE)).hasValueSatisfying(
                c -> assertThat(c.email()).contains("jane@acme.com"));
        store().imports().remove(ACME, id, T0.plusSeconds(2));
        store().imports().remove(ACME, filledLater, T0.plusSeconds(3));

        assertThat(store().contacts().find(ACME, JANE)).isEmpty();
        assertThat(store().contacts().find(ACME, JANE_DOE)).contains(kept);
    }

    @Test
    void pendingQuestionsNamingTheDuplicateNameThePersonKept() {
        contact(ACME, JANE, "Jane", null, "jane@acme.com");
        contact(ACME, JANE_DOE, "Jane Doe", "Acme", null);
        store().questions().ask(new PendingQuestion(ACME, BOB, new ConfirmForget(JANE.value(), "Jane"),
                "forgetting Jane", "forget Jane", T0));
        store().questions().ask(new PendingQuestion(GLOBEX, BOB, new ConfirmDeleteLead(JANE.value(), "Jane"),
                "deleting the lead Jane", "delete lead Jane", T0));

        store().merges().merge(ACME, JANE, JANE_DOE);

        assertThat(store().questions().take(ACME, BOB)).hasValueSatisfying(q -> assertThat(q.reading())
                .isEqualTo(new ConfirmForget(JANE_DOE.value(), "Jane")));
        assertThat(store().questions().take(GLOBEX, BOB)).hasValueSatisfying(q -> assertThat(q.reading())
                .isEqualTo(new ConfirmDeleteLead(JANE.value(), "Jane")));
    }
}
