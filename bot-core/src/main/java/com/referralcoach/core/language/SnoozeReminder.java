package com.referralcoach.core.language;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * "snooze 2h", "snooze #3fa9c1 1 day", "snooze 2 for 1h", "remind me tomorrow": moves a reminder (the one with that
 * code, else the one at that number in the "reminders" list, else the last one delivered) by {@code by}, or to the
 * next working morning when {@code by} is empty.
 */
public record SnoozeReminder(Optional<String> code, Optional<Integer> number, Optional<Duration> by)
        implements Command {
    public SnoozeReminder {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(by, "by");
        if (code.isPresent() && number.isPresent()) {
            throw new IllegalArgumentException("a reminder by its code or by its number, not both");
        }
        if (number.filter(place -> place < 1).isPresent()) {
            throw new IllegalArgumentException("reminder numbers start at 1");
        }
    }

    /** The reminder with that code, or the last one delivered when there is no code. */
    public SnoozeReminder(Optional<String> code, Optional<Duration> by) {
        this(code, Optional.empty(), by);
    }
}
