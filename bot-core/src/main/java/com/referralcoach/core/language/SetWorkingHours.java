package com.referralcoach.core.language;

/** "working hours 9-17", "working hours 0-24": the daily window, in minutes of the day (end up to 1440). */
public record SetWorkingHours(int startMinute, int endMinute) implements Command {
}
