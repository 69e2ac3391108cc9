package com.referralcoach.core.reminders;

import com.referralcoach.core.domain.Reminder;
import java.time.Instant;

/** Works out what a due reminder says at {@code now}; {@link ReminderComposer} is the real one. */
@FunctionalInterface
public interface Composer {
    Delivery compose(Reminder reminder, Instant now);
}
