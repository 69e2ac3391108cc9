package com.referralcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.referralcoach.core.port.DeliveryFailure;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * App Homes go out in views.publish's pace (about 100 a minute per workspace): one at a time per workspace, spaced,
 * a rep's waiting refreshes folded into one, a rep looking at their home first, a 429 holding that workspace only.
 */
@Timeout(30)
class HomeRefreshesTest {
    private record Published(String team, String user, long at) {
    }

    private final List<Published> published = new CopyOnWriteArrayList<>();
    private HomeRefreshes homes;

    @AfterEach
    void stop() throws Exception {
        homes.close();
    }

    private HomeRefreshes start(Duration spacing, BiConsumer<String, String> before) {
        homes = new HomeRefreshes(spacing, 2, (team, user) -> {
            before.accept(team, user);
            published.add(new Published(team, user, System.nanoTime()));
        });
        return homes;
    }

    private List<String> users() {
        return published.stream().map(Published::user).toList();
    }

    @Test
    void aRepWhoChatsTenTimesWhileTheirHomeIsOnItsWayGetsOneMorePublishNotTen() throws Exception {
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        start(Duration.ZERO, (team, user) -> {
            if (user.equals("U1") && sending.getCount() > 0) {
                sending.countDown();
                hold(release);
            }
        });
        homes.changed("T1", "U1");
        assertThat(sending.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 10; i++) {
            homes.changed("T1", "U1");
        }
        release.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> published.size() == 2);

        // Anything still queued for U1 would go out before U2, who asks after.
        homes.changed("T1", "U2");
        await().atMost(Duration.ofSeconds(10)).until(() -> users().contains("U2"));
        assertThat(users()).containsExactly("U1", "U1", "U2");
    }

    @Test
    void homesInOneWorkspaceGoOutSpacedWhileAnotherWorkspaceDoesNotWaitBehindThem() {
        Duration spacing = Duration.ofMillis(300);
        start(spacing, (team, user) -> { });
        homes.changed("T1", "A");
        homes.changed("T1", "B");
        homes.changed("T1", "C");
        homes.changed("T2", "D");
        await().atMost(Duration.ofSeconds(10)).until(() -> published.size() == 4);

        List<Published> first = published.stream().filter(p -> p.team().equals("T1")).toList();
        assertThat(first).extracting(Published::user).containsExactly("A", "B", "C");
        for (int i = 1; i < first.size(); i++) {
            assertThat(first.get(i).at() - first.get(i - 1).at()).as("gap before the home of " + first.get(i).user())
                    .isGreaterThanOrEqualTo(spacing.toNanos());
        }
        assertThat(users().indexOf("D")).as("T2's home does not wait for T1's").isLessThan(users().indexOf("C"));
    }

    @Test
    void aRepWhoOpensTheirHomeGoesBeforeRepsWhoOnlyChatted() throws Exception {
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        start(Duration.ZERO, (team, user) -> {
            if (user.equals("X")) {
                sending.countDown();
                hold(release);
            }
        });
        homes.changed("T1", "X");
        assertThat(sending.await(10, TimeUnit.SECONDS)).isTrue();
        homes.changed("T1", "A");
        homes.changed("T1", "B");
        homes.opened("T1", "C");
        homes.changed("T1", "C");
        release.countDown();

        await().atMost(Duration.ofSeconds(10)).until(() -> published.size() == 4);
        assertThat(users()).containsExactly("X", "C", "A", "B");
    }

    @Test
    void aRateLimitHoldsThatWorkspacesHomesForItsRetryAfterThenTheSameRepGoesAgain() {
        AtomicBoolean limited = new AtomicBoolean();
        long[] refusedAt = new long[1];
        start(Duration.ZERO, (team, user) -> {
            if (user.equals("A") && limited.compareAndSet(false, true)) {
                refusedAt[0] = System.nanoTime();
                throw DeliveryFailure.rateLimited(Duration.ofSeconds(1));
            }
        });
        homes.changed("T1", "A");
        await().atMost(Duration.ofSeconds(10)).untilTrue(limited);
        homes.changed("T1", "B");
        homes.changed("T2", "D");

        await().atMost(Duration.ofSeconds(10)).until(() -> published.size() == 3);
        assertThat(users()).containsExactly("D", "A", "B");
        assertThat(published.get(1).at() - refusedAt[0]).as("A again after the Retry-After")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1).toNanos());
    }

    @Test
    void aFailedPublishIsLoggedAndTheNextRepStillGetsTheirs() {
        start(Duration.ZERO, (team, user) -> {
            if (user.equals("A")) {
                throw DeliveryFailure.temporary("views.publish failed: SocketTimeoutException");
            }
        });
        homes.changed("T1", "A");
        homes.changed("T1", "B");
        await().atMost(Duration.ofSeconds(10)).until(() -> users().contains("B"));
        assertThat(users()).containsExactly("B");
    }

    @Test
    void aHomeThatThrowsAnErrorDoesNotStopTheWorkspacesLaterHomes() {
        start(Duration.ZERO, (team, user) -> {
            if (user.equals("A")) {
                throw new StackOverflowError("a home too deep to build");
            }
        });
        homes.changed("T1", "A");
        homes.changed("T1", "B");
        await().atMost(Duration.ofSeconds(10)).until(() -> users().contains("B"));
        homes.changed("T1", "C");
        await().atMost(Duration.ofSeconds(10)).until(() -> users().contains("C"));
    }

    private static void hold(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
