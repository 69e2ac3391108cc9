package com.referralcoach.core.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One occurrence of a calendar event, holding only what the bot needs. {@code uid} plus {@code recurrenceId} is its
 * key: a single event has no recurrence id; each occurrence of a series has the start the series gave it, which
 * stays the same when that occurrence is moved. An all-day occurrence runs from midnight to midnight in the feed's
 * zone.
 */
public record CalendarOccurrence(String uid, Optional<Instant> recurrenceId, Instant start, Instant end, String title,
        EventStatus status, List<Attendee> attendees, Optional<String> organizer, boolean transparent,
        boolean allDay) {
    public CalendarOccurrence {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(recurrenceId, "recurrenceId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("an occurrence ends after it starts");
        }
        title = Objects.requireNonNull(title, "title").strip();
        Objects.requireNonNull(status, "status");
        attendees = List.copyOf(attendees);
        organizer = Objects.requireNonNull(organizer, "organizer");
    }

    /** Whether the attendee with that address declined. */
    public boolean declinedBy(String email) {
        return attendees.stream().anyMatch(a -> a.email().equalsIgnoreCase(email)
                && a.answer() == Participation.DECLINED);
    }
}
