package com.referralcoach.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * For process tests only: a clock that reads another one, moved on by the ISO duration a file holds
 * (REFERRAL_COACH_TEST_CLOCK_MOVED), so a test can bring several processes to a due time at once instead of
 * waiting for it. The file is read again at most every {@link #RECHECK}; a missing or unreadable file keeps the
 * last move.
 */
final class MovedTestClock extends Clock {
    static final Duration RECHECK = Duration.ofMillis(20);

    private final Clock base;
    private final Path file;
    private volatile Duration moved = Duration.ZERO;
    private volatile long checkedAt;

    MovedTestClock(Clock base, Path file) {
        this.base = base;
        this.file = file;
        this.checkedAt = System.nanoTime() - RECHECK.toNanos();
    }

    @Override
    public Instant instant() {
        long now = System.nanoTime();
        if (now - checkedAt >= RECHECK.toNanos()) {
            checkedAt = now;
            moved = readMove();
        }
        return base.instant().plus(moved);
    }

    private Duration readMove() {
        try {
            String text = Files.readString(file).trim();
            return text.isEmpty() ? Duration.ZERO : Duration.parse(text);
        } catch (IOException | DateTimeException e) {
            return moved;
        }
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test clock keeps its zone; convert with atZone");
    }
}
