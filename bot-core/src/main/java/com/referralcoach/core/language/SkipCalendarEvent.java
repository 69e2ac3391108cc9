package com.referralcoach.core.language;

/** "skip": the calendar event the bot last asked about is not with a customer. */
public record SkipCalendarEvent() implements Command {
}
