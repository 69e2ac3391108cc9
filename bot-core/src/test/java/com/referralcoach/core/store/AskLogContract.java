package com.referralcoach.core.store;

import static com.referralcoach.core.store.StoreSamples.ACME;
import static com.referralcoach.core.store.StoreSamples.ANA;
import static com.referralcoach.core.store.StoreSamples.BOB;
import static com.referralcoach.core.store.StoreSamples.GLOBEX;
import static com.referralcoach.core.store.StoreSamples.HOSTILE;
import static com.referralcoach.core.store.StoreSamples.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.domain.Ask;
import com.referralcoach.core.domain.AskId;
import com.referralcoach.core.domain.AskOutcome;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.AskLog;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link AskLog} must do. */
public abstract class AskLogContract {
    private static final ContactId JANE = new ContactId("C-JANE");

    protected abstract AskLog asks();

    private static Ask askedAt(WorkspaceId workspace, RepId rep, long minute) {
        return new Ask(workspace, AskId.random(), rep, JANE, AskOutcome.ASKED, Optional.empty(), at(minute));
    }

    @Test
    void keepsEveryOutcomeAndNote() {
        long minute = 0;
        for (AskOutcome outcome : AskOutcome.values()) {
            Ask withNote = new Ask(ACME, AskId.random(), ANA, JANE, outcome, Optional.of("she'll think 🤔"),
                    at(minute++));
            asks().save(withNote);
            assertThat(asks().ofContact(ACME, ANA, JANE)).first().isEqualTo(withNote);
        }
        Ask bare = askedAt(ACME, ANA, minute);
        asks().save(bare);
        assertThat(asks().ofContact(ACME, ANA, JANE)).hasSize(AskOutcome.values().length + 1).first().isEqualTo(bare);
    }

    @Test
    void keepsHostileTextLiterally() {
        for (String text : HOSTILE) {
            ContactId contact = new ContactId(text);
            Ask odd = new Ask(ACME, new AskId(text), new RepId(text), contact, AskOutcome.DECLINED,
                    Optional.of(text), at(3));
            asks().save(odd);
            assertThat(asks().ofContact(ACME, new RepId(text), contact)).as(text).containsExactly(odd);
        }
    }

    @Test
    void savingTheSameIdTwiceKeepsOne() {
        Ask ask = askedAt(ACME, ANA, 1);
        asks().save(ask);
        asks().save(ask);
        assertThat(asks().ofContact(ACME, ANA, JANE)).containsExactly(ask);
    }

    @Test
    void mostRecentFirstAndOnlyThisRepAndContact() {
        Ask older = askedAt(ACME, ANA, 1);
        Ask newer = askedAt(ACME, ANA, 5);
        asks().save(newer);
        asks().save(older);
        asks().save(askedAt(ACME, BOB, 3));
        asks().save(new Ask(ACME, AskId.random(), ANA, new ContactId("C-X"), AskOutcome.SKIPPED, Optional.empty(),
                at(4)));
        assertThat(asks().ofContact(ACME, ANA, JANE)).containsExactly(newer, older);
    }

    @Test
    void theLatestFewAreTheMostRecentOfThisRepAndContactOnly() {
        Ask first = askedAt(ACME, ANA, 1);
        Ask second = askedAt(ACME, ANA, 2);
        Ask third = askedAt(ACME, ANA, 3);
        asks().save(second);
        asks().save(third);
        asks().save(first);
        asks().save(askedAt(ACME, BOB, 4));
        asks().save(askedAt(GLOBEX, ANA, 5));
        assertThat(asks().latestOfContact(ACME, ANA, JANE, 2)).containsExactly(third, second);
        assertThat(asks().latestOfContact(ACME, ANA, JANE, 5)).containsExactly(third, second, first);
    }

    @Test
    void workspacesAreIsolated() {
        Ask acme = askedAt(ACME, ANA, 1);
        asks().save(acme);
        assertThat(asks().ofContact(GLOBEX, ANA, JANE)).isEmpty();
        Ask globex = askedAt(GLOBEX, ANA, 2);
        asks().save(globex);
        assertThat(asks().ofContact(ACME, ANA, JANE)).containsExactly(acme);
        assertThat(asks().ofContact(GLOBEX, ANA, JANE)).containsExactly(globex);
    }
}
