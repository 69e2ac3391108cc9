package com.referralcoach.core.engine;

import com.referralcoach.core.coaching.Moments;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.port.CalendarBook;
import com.referralcoach.core.port.CalendarEvent;
import com.referralcoach.core.reply.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the bot says on its own about a rep's coming occurrences, at each read: the question who an event with no
 * one on it is with (once per event, in the hour before it starts, unless its UID was answered). Prep notes are
 * reminders of their own, 15 minutes before each customer meeting ({@code ReminderPlanner.meetingPrep}).
 */
final class CalendarNotes {
    static final Duration QUESTION_AHEAD = Duration.ofHours(1);

    private final CalendarBook book;

    CalendarNotes(CalendarBook book) {
        this.book = book;
    }

    /** The questions due now, each marked as asked on its occurrence before it is returned. */
    List<Reply> due(Rep rep, Instant now) {
        Moments moments = new Moments(now.atZone(rep.zone()));
        List<Reply> notes = new ArrayList<>();
        for (CalendarEvent event : book.events(rep.workspace(), rep.id())) {
            if (event.start().isAfter(now) && event.kind() == CalendarEvent.Kind.ASK_THE_REP
                    && event.askedAt().isEmpty() && !event.start().isAfter(now.plus(QUESTION_AHEAD))
                    && book.answer(rep.workspace(), rep.id(), event.uid()).isEmpty()) {
                book.saveEvent(event.asked(now));
                notes.add(question(event, moments));
            }
        }
        return notes;
    }

    static Reply question(CalendarEvent event, Moments moments) {
        String title = event.title().isBlank() ? "your meeting" : event.title();
        return Reply.of("Is '" + title + "' (" + moments.dateTime(event.start()) + ") with a customer? Reply '"
                + title + " is with Ann Lo at Vela', or 'skip'.");
    }
}
