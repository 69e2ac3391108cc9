package com.referralcoach.core.language;

/** "calendar": how the rep's calendar feed stands (last read, next read, meetings found, last error). */
public record ShowCalendar() implements Command {
}
