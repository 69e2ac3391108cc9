package com.referralcoach.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.referralcoach.core.ReferralCoachException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test-only clock settings: a process test's bot reads a chosen weekday, several such bots one time, and a test
 * moves them all on at once.
 */
class TestClockTest {
    private static final Instant REAL_START = Instant.parse("2026-12-05T18:00:00Z");

    private static Clock systemAt(Instant now) {
        return Clock.fixed(now, ZoneOffset.UTC);
    }

    @Test
    void theClockStartsAtTheTestInstantWhenTheProcessStarts() {
        Settings settings = Settings.load(Map.of("REFERRAL_COACH_TEST_CLOCK", "2026-11-23T10:00:00Z"));
        assertThat(settings.clock(systemAt(REAL_START.plusSeconds(7))).instant())
                .isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
    }

    @Test
    void processesStartedApartWithOneSettingTimeKeepOneTime() {
        Map<String, String> env = Map.of("REFERRAL_COACH_TEST_CLOCK", "2026-11-23T10:00:00Z",
                "REFERRAL_COACH_TEST_CLOCK_SET_AT", REAL_START.toString());
        // one starts 4 s after the setting time, the other 9 s after: each reads the test time of its real moment
        assertThat(Settings.load(env).clock(systemAt(REAL_START.plusSeconds(4))).instant())
                .isEqualTo(Instant.parse("2026-11-23T10:00:04Z"));
        assertThat(Settings.load(env).clock(systemAt(REAL_START.plusSeconds(9))).instant())
                .isEqualTo(Instant.parse("2026-11-23T10:00:09Z"));
    }

    @Test
    void aTestMovesTheClockOnThroughItsFileAndAnUnreadableFileKeepsTheLastMove(@TempDir Path dir) throws Exception {
        Path moved = dir.resolve("moved");
        Clock clock = Settings.load(Map.of("REFERRAL_COACH_TEST_CLOCK", "2026-11-23T10:00:00Z",
                "REFERRAL_COACH_TEST_CLOCK_SET_AT", REAL_START.toString(),
                "REFERRAL_COACH_TEST_CLOCK_MOVED", moved.toString())).clock(systemAt(REAL_START));
        assertThat(clock.instant()).as("no file yet: not moved").isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));

        Files.writeString(moved, "PT9M57S\n");
        await().atMost(Duration.ofSeconds(5)).until(clock::instant, Instant.parse("2026-11-23T10:09:57Z")::equals);
        Files.writeString(moved, "nine minutes");
        await().pollDelay(MovedTestClock.RECHECK.multipliedBy(3)).atMost(Duration.ofSeconds(5))
                .until(clock::instant, Instant.parse("2026-11-23T10:09:57Z")::equals);
    }

    @Test
    void anInstantThatIsNoneIsNamed() {
        assertThatThrownBy(() -> Settings.load(Map.of("REFERRAL_COACH_TEST_CLOCK", "2026-11-23T10:00:00Z",
                "REFERRAL_COACH_TEST_CLOCK_SET_AT", "noon")).clock(Clock.systemUTC()))
                .isInstanceOf(ReferralCoachException.class).hasMessage("REFERRAL_COACH_TEST_CLOCK_SET_AT=noon is not"
                        + " an instant; use one such as 2026-12-05T10:00:00Z");
    }
}
