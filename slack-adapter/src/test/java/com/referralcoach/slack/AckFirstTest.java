package com.referralcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The answering work lets Slack's requests through to their ack first, but never waits past its patience. */
class AckFirstTest {
    @Test
    void workStartsAtOnceWhenNothingIsOnItsWayToAnAck() {
        AckFirst ackFirst = new AckFirst(Duration.ofMinutes(5));
        assertThat(ackFirst.awaitLull()).isTrue();
        ackFirst.arriving();
        ackFirst.acked();
        assertThat(ackFirst.awaitLull()).isTrue();
    }

    @Test
    void workWaitsWhileRequestsAreOnTheirWayAndStartsOnceTheLastIsAcked() throws Exception {
        AckFirst ackFirst = new AckFirst(Duration.ofMinutes(5));
        ackFirst.arriving();
        ackFirst.arriving();
        CompletableFuture<Boolean> started = CompletableFuture.supplyAsync(ackFirst::awaitLull);

        ackFirst.acked();
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !started.isDone());
        ackFirst.acked();
        assertThat(started.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void requestsAckedTogetherDoNotLetTheWorkInAtTheInstantNoneIsLeft() {
        AckFirst ackFirst = new AckFirst(Duration.ofMinutes(5));
        long firstArrived = System.nanoTime();
        ackFirst.arriving();
        ackFirst.arriving();
        ackFirst.acked(); // one inbox write acks both: the count is zero, but the next may be on its way already
        ackFirst.acked();
        assertThat(ackFirst.awaitLull()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - firstArrived))
                .isGreaterThanOrEqualTo(Duration.ofMillis(AckFirst.QUIET_MILLIS));
    }

    @Test
    void aFloodThatNeverEasesHoldsEachMessageOnlyForThePatience() throws Exception {
        AckFirst ackFirst = new AckFirst(Duration.ofMillis(200));
        ackFirst.arriving();
        long start = System.nanoTime();
        assertThat(CompletableFuture.supplyAsync(ackFirst::awaitLull).get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    @Test
    void aStopWhileWaitingLeavesTheMessageForTheNextStart() throws Exception {
        AckFirst ackFirst = new AckFirst(Duration.ofMinutes(5));
        ackFirst.arriving();
        CompletableFuture<Boolean> outcome = new CompletableFuture<>();
        Thread worker = new Thread(() -> outcome.complete(ackFirst.awaitLull()));
        worker.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> worker.getState() == Thread.State.TIMED_WAITING);
        worker.interrupt();
        assertThat(outcome.get(5, TimeUnit.SECONDS)).isFalse();
    }
}
