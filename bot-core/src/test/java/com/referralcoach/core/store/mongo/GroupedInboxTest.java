package com.referralcoach.core.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoDatabase;
import com.referralcoach.core.domain.PendingMessage;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.inbox.GroupedInbox;
import com.referralcoach.core.port.MessageInbox;
import com.referralcoach.core.store.MessageInboxContract;
import com.referralcoach.core.store.UnreachableInbox;
import com.referralcoach.core.testing.EmbeddedMongo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The grouped inbox keeps the inbox's contract, and many threads keeping at once each learn their own outcome. */
@ExtendWith(EmbeddedMongo.class)
class GroupedInboxTest extends MessageInboxContract {
    private static final WorkspaceId TEAM = new WorkspaceId("T1");
    private MessageInbox stored;
    private GroupedInbox inbox;
    private final java.util.List<GroupedInbox> others = new java.util.ArrayList<>();
    private MongoDatabase database;

    @BeforeEach
    void open(MongoDatabase database) {
        this.database = database;
        stored = MongoCoachStore.openInbox(database);
        inbox = new GroupedInbox(stored, "test-inbox-writer");
    }

    @AfterEach
    void close() throws InterruptedException {
        inbox.close();
        for (GroupedInbox other : others) {
            other.close();
        }
    }

    @Override
    protected MessageInbox inbox() {
        return inbox;
    }

    @Override
    protected MessageInbox sharedInbox(java.time.Clock clock, java.time.Duration leftOverAge) {
        GroupedInbox other = new GroupedInbox(MongoCoachStore.openSharedInbox(database, clock, leftOverAge),
                "test-inbox-writer-" + others.size());
        others.add(other);
        return other;
    }

    private static PendingMessage message(String id, int n) {
        return new PendingMessage("slack", TEAM, id, new RepId("U" + (n % 10)), "met Jane Doe #" + n, "D1",
                Optional.empty(), Instant.parse("2026-11-23T10:00:00Z").plusMillis(n));
    }

    @Test
    void manyThreadsAtOnceEachLearnWhetherTheirMessageWasNewAndEveryOneIsKeptOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Boolean>> calls = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                // Every id comes twice, from different threads, as Slack's retries of one event would.
                PendingMessage message = message("Ev" + (i / 2), i);
                calls.add(() -> inbox.keep(message));
            }
            List<Boolean> answers = new ArrayList<>();
            for (Future<Boolean> answer : threads.invokeAll(calls, 60, TimeUnit.SECONDS)) {
                answers.add(answer.get());
            }
            assertThat(answers.stream().filter(kept -> kept)).hasSize(200);
            for (int i = 0; i < 400; i += 2) {
                assertThat(answers.get(i) ^ answers.get(i + 1)).as("exactly one of Ev" + i / 2).isTrue();
            }
            assertThat(stored.waiting("slack", 1000)).extracting(PendingMessage::id).doesNotHaveDuplicates()
                    .hasSize(200);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aFailedWriteReachesEveryCallerItServedAndKeepsNothingAsKept() throws Exception {
        MessageInbox broken = new UnreachableInbox();
        try (GroupedInbox failing = new GroupedInbox(broken, "failing-writer")) {
            assertThatThrownBy(() -> failing.keep(message("Ev1", 1))).hasMessageContaining("not reachable");
            failing.done(message("Ev0", 0)); // a let-go that cannot be written is logged, and the writer goes on
            assertThatThrownBy(() -> failing.keep(message("Ev2", 2))).hasMessageContaining("not reachable");
        }
    }

    @Test
    void answeredMessagesLetGoOfFromManyThreadsAreAllGoneBeforeTheWaitingOnesAreRead() throws Exception {
        List<PendingMessage> messages = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            messages.add(message("Ev" + i, i));
            inbox.keep(messages.get(i));
        }
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Void>> calls = new ArrayList<>();
            // Every message but each tenth is answered; the answers arrive from many workers at once.
            messages.stream().filter(m -> !m.id().endsWith("0")).forEach(m -> calls.add(() -> {
                inbox.done(m);
                return null;
            }));
            for (Future<Void> call : threads.invokeAll(calls, 60, TimeUnit.SECONDS)) {
                call.get();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(inbox.waiting("slack", 1000)).extracting(PendingMessage::id).hasSize(30)
                .allMatch(id -> id.endsWith("0"));
    }

    @Test
    void closingWritesTheLetGosStillQueued() throws Exception {
        inbox.keep(message("Ev1", 1));
        inbox.keep(message("Ev2", 2));
        inbox.done(message("Ev1", 1));
        inbox.close();
        assertThat(stored.waiting("slack", 10)).extracting(PendingMessage::id).containsExactly("Ev2");
        inbox.done(message("Ev2", 2)); // after close, on its own
        assertThat(stored.waiting("slack", 10)).isEmpty();
    }

    @Test
    void afterCloseKeepingStillWorksOnItsOwn() throws Exception {
        inbox.close();
        assertThat(inbox.keep(message("EvLate", 1))).isTrue();
        assertThat(stored.waiting("slack", 10)).extracting(PendingMessage::id).containsExactly("EvLate");
    }
}
