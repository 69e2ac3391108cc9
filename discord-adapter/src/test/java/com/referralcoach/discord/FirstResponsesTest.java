package com.referralcoach.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Engine work holds back while more than the usual first responses are on their way to Discord, for a while. */
@Timeout(30)
class FirstResponsesTest {

    @Test
    void workStartsAtOnceWhileOnlyTheUsualFewAreOnTheirWay() throws Exception {
        FirstResponses firstResponses = new FirstResponses(2, Duration.ofMinutes(5));
        firstResponses.sending();
        firstResponses.sending();

        CompletableFuture.runAsync(firstResponses::awaitFew).get(10, TimeUnit.SECONDS);
    }

    @Test
    void workWaitsUntilTheFirstResponsesBeyondTheUsualAreThrough() throws Exception {
        FirstResponses firstResponses = new FirstResponses(1, Duration.ofMinutes(5));
        firstResponses.sending();
        firstResponses.sending();
        firstResponses.sending();
        CompletableFuture<Void> work = CompletableFuture.runAsync(firstResponses::awaitFew);

        firstResponses.through();
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> !work.isDone());
        firstResponses.through();
        work.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aFloodThatNeverEasesHoldsEachPieceOfWorkOnlyForThePatience() throws Exception {
        FirstResponses firstResponses = new FirstResponses(0, Duration.ofMillis(200));
        firstResponses.sending();
        long start = System.nanoTime();

        CompletableFuture.runAsync(firstResponses::awaitFew).get(10, TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }
}
