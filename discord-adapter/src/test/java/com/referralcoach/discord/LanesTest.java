package com.referralcoach.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.referralcoach.core.inbox.FirstResponses;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A lane counts the work it holds, the running piece included, until each piece is done. */
@Timeout(30)
class LanesTest {

    @Test
    void aLaneHoldsItsWorkUntilItIsDone() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        try (Lanes lanes = new Lanes(1, new FirstResponses(0, Duration.ZERO, Duration.ofMinutes(5)))) {
            assertThat(lanes.held("rita")).isZero();

            lanes.run("rita", () -> {
                running.countDown();
                waitFor(release);
            });
            lanes.run("sam", () -> { });
            assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(lanes.held("rita")).isEqualTo(2);

            release.countDown();
            await().atMost(Duration.ofSeconds(10)).until(() -> lanes.held("rita") == 0);
        }
    }

    @Test
    void workHoldsBackWhileFirstResponsesAreOnTheirWay() throws Exception {
        FirstResponses firstResponses = new FirstResponses(0, Duration.ZERO, Duration.ofMinutes(5));
        CountDownLatch started = new CountDownLatch(1);
        try (Lanes lanes = new Lanes(1, firstResponses)) {
            firstResponses.onItsWay();
            lanes.run("rita", started::countDown);

            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> started.getCount() == 1);
            firstResponses.through();
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
