package com.referralcoach.core.language;

import java.util.Objects;

/** "Q3 review is with Ann Lo at Vela": who a calendar event with no one on it is with (the bot asked). */
public record NameCalendarEvent(String title, PersonRef person) implements Command {
    public NameCalendarEvent {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(person, "person");
        if (title.isBlank()) {
            throw new IllegalArgumentException("the event's title is given");
        }
    }
}
