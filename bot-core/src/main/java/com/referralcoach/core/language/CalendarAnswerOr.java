package com.referralcoach.core.language;

import java.util.Objects;

/**
 * "Lunch is with Bo Park": the answer to the bot's question about a calendar event with no one on it, or what the
 * words also say ({@code otherwise}: "Jane Doe is with Globex now" moves a contact to a company, "Lunch is with Bo
 * Park at Vela" logs a lunch). The words alone can't tell; the engine decides from the rep's pending questions and
 * contacts.
 */
public record CalendarAnswerOr(NameCalendarEvent answer, Command otherwise) implements Command {
    public CalendarAnswerOr {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(otherwise, "otherwise");
        if (otherwise instanceof CalendarAnswerOr || otherwise instanceof NameCalendarEvent) {
            throw new IllegalArgumentException("the other reading is not a calendar answer");
        }
    }
}
