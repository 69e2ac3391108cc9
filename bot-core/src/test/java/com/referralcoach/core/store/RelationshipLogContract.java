package com.referralcoach.core.store;

import static com.referralcoach.core.store.StoreSamples.ACME;
import static com.referralcoach.core.store.StoreSamples.ANA;
import static com.referralcoach.core.store.StoreSamples.BOB;
import static com.referralcoach.core.store.StoreSamples.GLOBEX;
import static com.referralcoach.core.store.StoreSamples.HOSTILE;
import static com.referralcoach.core.store.StoreSamples.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.RelationshipEvent;
import com.referralcoach.core.domain.RelationshipEventId;
import com.referralcoach.core.domain.RelationshipEventKind;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.RelationshipLog;
import java.time.LocalDate;
import java.util.List;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link RelationshipLog} must do. */
public abstract class RelationshipLogContract {
    private static final ContactId JANE = new ContactId("C-JANE");

    protected abstract RelationshipLog relationships();

    private static Rep rep(WorkspaceId workspace, RepId id) {
        return new Rep(workspace, id, "Ana", ZoneOffset.UTC, Optional.empty(), at(0));
    }

    private static RelationshipEvent win(WorkspaceId workspace, RepId rep, ContactId contact, long minute) {
        return RelationshipEvent.of(rep(workspace, rep), contact, RelationshipEventKind.WIN, Optional.of("a win"),
                at(minute));
    }

    @Test
    void keepsEveryKindWithItsValues() {
        Rep ana = rep(ACME, ANA);
        long minute = 0;
        for (RelationshipEventKind kind : RelationshipEventKind.values()) {
            RelationshipEvent event = switch (kind) {
                case SATISFACTION -> RelationshipEvent.satisfaction(ana, JANE, 9, at(minute++));
                case CHECK_IN_CADENCE -> RelationshipEvent.cadence(ana, JANE, 30, at(minute++));
                case BIRTHDAY, CUSTOMER_SINCE, REFERRAL_MONTH_PLANNED ->
                        RelationshipEvent.dated(ana, JANE, kind, LocalDate.of(2024, 2, 29), at(minute++));
                default -> RelationshipEvent.of(ana, JANE, kind, Optional.of("note 🙂"), at(minute++));
            };
            relationships().save(event);
            assertThat(relationships().ofContact(ACME, ANA, JANE)).first().isEqualTo(event);
        }
        assertThat(relationships().ofContact(ACME, ANA, JANE)).hasSize(RelationshipEventKind.values().length);
    }

    @Test
    void findsTheRepsEventsWithAnyOfSeveralContactsInTheirWorkspaceOnly() {
        ContactId tom = new ContactId("C-TOM");
        ContactId kim = new ContactId("C-KIM");
        RelationshipEvent janes = win(ACME, ANA, JANE, 1);
        RelationshipEvent toms = win(ACME, ANA, tom, 2);
        relationships().save(janes);
        relationships().save(toms);
        relationships().save(win(ACME, ANA, kim, 3));
        relationships().save(win(ACME, BOB, JANE, 4));
        relationships().save(win(GLOBEX, ANA, JANE, 5));

        assertThat(relationships().ofContacts(ACME, ANA, List.of(JANE, tom, new ContactId("C-NOBODY"), JANE)))
                .containsExactlyInAnyOrder(janes, toms);
        assertThat(relationships().ofContacts(ACME, ANA, List.of())).isEmpty();
        List<ContactId> many = new java.util.ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            many.add(new ContactId("C-" + i));
        }
        many.add(kim);
        assertThat(relationships().ofContacts(ACME, ANA, many)).extracting(RelationshipEvent::contact)
                .containsExactly(kim);
    }

    @Test
    void keepsHostileTextLiterally() {
        for (String text : HOSTILE) {
            RelationshipEvent odd = new RelationshipEvent(ACME, new RelationshipEventId(text), new RepId(text),
                    new ContactId(text), RelationshipEventKind.PROBLEM_OPENED, Optional.of(text), Optional.empty(),
                    Optional.empty(), Optional.empty(), at(3));
            relationships().save(odd);
            assertThat(relationships().ofContact(ACME, new RepId(text), new ContactId(text))).as(text)
                    .containsExactly(odd);
        }
    }

    @Test
    void savingTheSameIdTwiceKeepsOne() {
        RelationshipEvent event = win(ACME, ANA, JANE, 1);
        relationships().save(event);
        relationships().save(event);
        assertThat(relationships().ofContact(ACME, ANA, JANE)).containsExactly(event);
    }

    @Test
    void mostRecentFirstPerContactAndPerRep() {
        RelationshipEvent older = win(ACME, ANA, JANE, 1);
        RelationshipEvent newer = win(ACME, ANA, JANE, 5);
        RelationshipEvent other = win(ACME, ANA, new ContactId("C-X"), 3);
        relationships().save(newer);
        relationships().save(older);
        relationships().save(other);
        relationships().save(win(ACME, BOB, JANE, 4));
        assertThat(relationships().ofContact(ACME, ANA, JANE)).containsExactly(newer, older);
        assertThat(relationships().ofRep(ACME, ANA)).containsExactly(newer, other, older);
    }

    @Test
    void workspacesAreIsolated() {
        RelationshipEvent acme = win(ACME, ANA, JANE, 1);
        relationships().save(acme);
        assertThat(relationships().ofContact(GLOBEX, ANA, JANE)).isEmpty();
        assertThat(relationships().ofRep(GLOBEX, ANA)).isEmpty();
        RelationshipEvent globex = win(GLOBEX, ANA, JANE, 2);
        relationships().save(globex);
        assertThat(relationships().ofContact(ACME, ANA, JANE)).containsExactly(acme);
        assertThat(relationships().ofRep(GLOBEX, ANA)).containsExactly(globex);
    }
}
