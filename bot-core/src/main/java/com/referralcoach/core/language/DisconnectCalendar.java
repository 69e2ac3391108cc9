package com.referralcoach.core.language;

/** "calendar off": disconnect the rep's calendar feed and forget its link. */
public record DisconnectCalendar() implements Command {
}
