package com.referralcoach.core.store;

import static com.referralcoach.core.store.StoreSamples.ACME;
import static com.referralcoach.core.store.StoreSamples.ANA;
import static com.referralcoach.core.store.StoreSamples.BOB;
import static com.referralcoach.core.store.StoreSamples.GLOBEX;
import static com.referralcoach.core.store.StoreSamples.HOSTILE;
import static com.referralcoach.core.store.StoreSamples.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.domain.PendingMessage;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.MessageInbox;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link MessageInbox} must do. */
public abstract class MessageInboxContract {
    protected abstract MessageInbox inbox();

    /** Another process's inbox on the same store, shared with others: leftovers are answered once this old. */
    protected abstract MessageInbox sharedInbox(java.time.Clock clock, java.time.Duration leftOverAge);

    @Test
    void onASharedStoreAMessageIsLeftOverOnlyOnceOldAndThenTakenByOneProcess() {
        com.referralcoach.core.testing.TestClock clock = new com.referralcoach.core.testing.TestClock(at(10));
        MessageInbox first = sharedInbox(clock, java.time.Duration.ofMinutes(2));
        MessageInbox second = sharedInbox(clock, java.time.Duration.ofMinutes(2));
        PendingMessage inHand = message("slack", ACME, "Ev1", ANA, "met Jane Doe at Acme", 10);
        assertThat(inbox().keep(inHand)).isTrue();

        clock.set(at(11));
        assertThat(first.waiting("slack", 10)).as("another process may be answering it").isEmpty();
        clock.set(at(13));
        assertThat(first.waiting("slack", 10)).containsExactly(inHand);
        assertThat(second.waiting("slack", 10)).as("taken by the first").isEmpty();
        assertThat(first.leftOverAge()).contains(java.time.Duration.ofMinutes(2));
        assertThat(inbox().leftOverAge()).isEmpty();

        clock.set(at(16));
        assertThat(second.waiting("slack", 10)).as("the first died answering it").containsExactly(inHand);
        second.done(inHand);
        clock.set(at(30));
        // An inbox may let go in the background (GroupedInbox): its own next look waits for that, another's may not.
        assertThat(second.waiting("slack", 10)).isEmpty();
        assertThat(first.waiting("slack", 10)).isEmpty();
    }

    private static PendingMessage message(String platform, WorkspaceId workspace, String id, RepId rep, String text,
                                          long minute) {
        return new PendingMessage(platform, workspace, id, rep, text, "D-" + rep.value(), Optional.empty(), at(minute));
    }

    @Test
    void keepsEveryFieldUntilDoneAndHandsThemBackOldestFirst() {
        PendingMessage later = message("slack", ACME, "Ev2", ANA, "met Jane Doe at Acme", 5);
        PendingMessage threaded = new PendingMessage("slack", ACME, "Ev1", BOB, "Jane Doe referred Tom Lee",
                "C-SALES", Optional.of("1700000000.000100"), at(1));
        assertThat(inbox().keep(later)).isTrue();
        assertThat(inbox().keep(threaded)).isTrue();

        assertThat(inbox().waiting("slack", 10)).containsExactly(threaded, later);

        inbox().done(threaded);
        assertThat(inbox().waiting("slack", 10)).containsExactly(later);
        inbox().done(threaded);
        assertThat(inbox().waiting("slack", 10)).containsExactly(later);
    }

    @Test
    void aRetryOfAMessageStillWaitingIsKeptOnce() {
        PendingMessage first = message("slack", ACME, "Ev1", ANA, "met Jane Doe", 1);
        assertThat(inbox().keep(first)).isTrue();
        assertThat(inbox().keep(message("slack", ACME, "Ev1", ANA, "met Jane Doe", 2))).isFalse();
        assertThat(inbox().waiting("slack", 10)).containsExactly(first);
    }

    @Test
    void theSameIdInAnotherWorkspaceOrPlatformIsAnotherMessage() {
        PendingMessage acme = message("slack", ACME, "Ev1", ANA, "at Acme", 1);
        PendingMessage globex = message("slack", GLOBEX, "Ev1", ANA, "at Globex", 2);
        PendingMessage discord = message("discord", ACME, "Ev1", ANA, "on Discord", 3);
        assertThat(inbox().keep(acme)).isTrue();
        assertThat(inbox().keep(globex)).isTrue();
        assertThat(inbox().keep(discord)).isTrue();

        assertThat(inbox().waiting("slack", 10)).containsExactly(acme, globex);
        assertThat(inbox().waiting("discord", 10)).containsExactly(discord);

        inbox().done(globex);
        assertThat(inbox().waiting("slack", 10)).containsExactly(acme);
        assertThat(inbox().waiting("discord", 10)).containsExactly(discord);
    }

    @Test
    void severalAnsweredMessagesAreLetGoOfTogetherEachInItsOwnWorkspace() {
        PendingMessage acme = message("slack", ACME, "Ev1", ANA, "at Acme", 1);
        PendingMessage globex = message("slack", GLOBEX, "Ev1", ANA, "at Globex", 2);
        PendingMessage stays = message("slack", GLOBEX, "Ev2", BOB, "still waiting", 3);
        inbox().keepAll(List.of(acme, globex, stays));

        inbox().doneAll(List.of(globex, acme, message("slack", ACME, "EvNeverKept", BOB, "gone", 4)));
        assertThat(inbox().waiting("slack", 10)).containsExactly(stays);
        inbox().doneAll(List.of());
        assertThat(inbox().waiting("slack", 10)).containsExactly(stays);
    }

    @Test
    void waitingStopsAtTheLimit() {
        for (int i = 0; i < 5; i++) {
            inbox().keep(message("slack", ACME, "Ev" + i, ANA, "message " + i, i));
        }
        assertThat(inbox().waiting("slack", 3)).extracting(PendingMessage::id).containsExactly("Ev0", "Ev1", "Ev2");
    }

    @Test
    void keepsHostileTextLiterally() {
        for (int i = 0; i < HOSTILE.size(); i++) {
            inbox().keep(message("slack", ACME, "Ev" + (100 + i), ANA, HOSTILE.get(i), i));
        }
        assertThat(inbox().waiting("slack", 100)).extracting(PendingMessage::text).containsExactlyElementsOf(HOSTILE);
    }

    @Test
    void keepsABatchInOneGoLeavingOutWhatIsAlreadyWaitingOrTwiceInIt() {
        PendingMessage waiting = message("slack", ACME, "Ev1", ANA, "already here", 1);
        inbox().keep(waiting);
        PendingMessage second = message("slack", ACME, "Ev2", ANA, "second", 2);
        PendingMessage third = message("slack", GLOBEX, "Ev1", BOB, "third", 3);

        assertThat(inbox().keepAll(List.of(message("slack", ACME, "Ev1", ANA, "a retry", 4), second, third,
                message("slack", ACME, "Ev2", ANA, "second again", 5)))).containsExactly(second, third);
        assertThat(inbox().keepAll(List.of())).isEmpty();
        assertThat(inbox().waiting("slack", 10)).containsExactly(waiting, second, third);
    }
}
