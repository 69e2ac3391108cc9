package com.referralcoach.core.language;

/** "reminders": what is coming, in my time zone. */
public record ListReminders() implements Command {
}
