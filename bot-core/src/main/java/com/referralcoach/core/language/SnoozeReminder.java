package com.referralcoach.core.language;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * "snooze 2h", "snooze #3fa9c1 1 day", "remind me tomorrow": moves a reminder (the one with that code, else
 * the last one delivered) by {@code by}, or to the next working morning when {@code by} is empty.
 */
public record SnoozeReminder(Optional<String> code, Optional<Duration> by) implements Command {
    public SnoozeReminder {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(by, "by");
    }
}
