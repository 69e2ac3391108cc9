package com.referralcoach.core.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Answering work lets first responses (Slack's acks, Discord's replies) through first, never past its patience. */
@Timeout(30)
class FirstResponsesTest {
    private static final Duration LONG = Duration.ofMinutes(5);

    @Test
    void workStartsAtOnceWhenNothingIsOnItsWay() {
        FirstResponses gate = new FirstResponses(0, Duration.ZERO, LONG);
        assertThat(gate.awaitFew()).isTrue();
        gate.onItsWay();
        gate.through();
        assertThat(gate.awaitFew()).isTrue();
    }

    @Test
    void workStartsAtOnceWhileOnlyTheUsualFewAreOnTheirWay() throws Exception {
        FirstResponses gate = new FirstResponses(2, Duration.ZERO, LONG);
        gate.onItsWay();
        gate.onItsWay();

        assertThat(CompletableFuture.supplyAsync(gate::awaitFew).get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void workWaitsUntilTheFirstResponsesBeyondTheUsualAreThrough() throws Exception {
        FirstResponses gate = new FirstResponses(1, Duration.ZERO, LONG);
        gate.onItsWay();
        gate.onItsWay();
        gate.onItsWay();
        CompletableFuture<Boolean> work = CompletableFuture.supplyAsync(gate::awaitFew);

        gate.through();
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> !work.isDone());
        gate.through();
        assertThat(work.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void requestsAckedTogetherDoNotLetTheWorkInAtTheInstantNoneIsLeft() {
        Duration quiet = Duration.ofMillis(50);
        FirstResponses gate = new FirstResponses(0, quiet, LONG);
        long firstArrived = System.nanoTime();
        gate.onItsWay();
        gate.onItsWay();
        gate.through(); // one inbox write acks both: none is left, but the next may be on its way already
        gate.through();

        assertThat(gate.awaitFew()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - firstArrived)).isGreaterThanOrEqualTo(quiet);
    }

    @Test
    void aFloodThatNeverEasesHoldsEachPieceOfWorkOnlyForThePatience() throws Exception {
        FirstResponses gate = new FirstResponses(0, Duration.ZERO, Duration.ofMillis(200));
        gate.onItsWay();
        long start = System.nanoTime();

        assertThat(CompletableFuture.supplyAsync(gate::awaitFew).get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    @Test
    void aStopWhileWaitingTellsTheCaller() throws Exception {
        FirstResponses gate = new FirstResponses(0, Duration.ZERO, LONG);
        gate.onItsWay();
        CompletableFuture<Boolean> outcome = new CompletableFuture<>();
        Thread worker = new Thread(() -> outcome.complete(gate.awaitFew()));
        worker.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> worker.getState() == Thread.State.TIMED_WAITING);
        worker.interrupt();
        assertThat(outcome.get(5, TimeUnit.SECONDS)).isFalse();
    }
}
