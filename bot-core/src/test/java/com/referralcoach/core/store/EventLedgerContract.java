package com.referralcoach.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.referralcoach.core.inbox.SeenEvents;
import com.referralcoach.core.port.EventLedger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link EventLedger} must do: say "first time" once per key, whichever process asks. */
public abstract class EventLedgerContract {
    /** A ledger over the same store, as another process would open it. */
    protected abstract EventLedger ledger();

    private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void anEventIsNewOnceAcrossProcessesAndAnotherKeyStaysNew() {
        EventLedger one = ledger();
        EventLedger two = ledger();
        assertThat(one.firstTime("slack:Ev01", AT)).isTrue();
        assertThat(two.firstTime("slack:Ev01", AT.plusSeconds(30))).isFalse();
        assertThat(one.firstTime("slack:Ev01", AT.plusSeconds(60))).isFalse();
        assertThat(two.firstTime("slack:Ev02", AT)).isTrue();
        assertThat(two.firstTime("slack-click:Ev01", AT)).isTrue();
    }

    @Test
    void aRetrySentToAnotherProcessAtTheSameMomentIsHandledOnce() throws Exception {
        int processes = 4;
        List<SeenEvents> seen = java.util.stream.IntStream.range(0, processes)
                .mapToObj(i -> new SeenEvents(ledger(), "slack", Clock.fixed(AT, ZoneOffset.UTC))).toList();
        List<Integer> handled = new CopyOnWriteArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(processes);
        try {
            for (int i = 0; i < processes; i++) {
                int process = i;
                pool.submit(() -> {
                    go.await();
                    if (seen.get(process).firstTime("Ev9")) {
                        handled.add(process);
                    }
                    return null;
                });
            }
            go.countDown();
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(handled).hasSize(1);
    }
}
