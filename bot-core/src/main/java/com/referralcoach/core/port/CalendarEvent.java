package com.referralcoach.core.port;

import com.referralcoach.core.calendar.CustomerAttendee;
import com.referralcoach.core.domain.MeetingId;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One occurrence of a rep's calendar, as the bot keeps it: its key (UID and recurrence id), times, title, the
 * customers on it, what kind of meeting it is, the meetings logged from it (one per customer; each meeting's ask
 * reminder is named after it), and when the rep was asked who it is with or sent its prep note.
 */
public record CalendarEvent(WorkspaceId workspace, RepId rep, String uid, Optional<Instant> recurrenceId,
                            Instant start, Instant end, String title, List<CustomerAttendee> customers, Kind kind,
                            List<MeetingId> meetings, Optional<Instant> askedAt) {
    /** What the occurrence is to the coach now. */
    public enum Kind {
        /** Customers attend: logged as meetings, asked at the end. */
        CUSTOMER,
        /** Only the team attends. */
        INTERNAL,
        /** No one on it: the rep is asked who it is with. */
        ASK_THE_REP,
        /** Cancelled, declined, free or all day. */
        IGNORED,
        /** No longer in the feed (or cancelled after it was logged): its asks are cancelled, its meetings kept. */
        GONE
    }

    public CalendarEvent {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(rep, "rep");
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(recurrenceId, "recurrenceId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(title, "title");
        customers = List.copyOf(customers);
        Objects.requireNonNull(kind, "kind");
        meetings = List.copyOf(meetings);
        Objects.requireNonNull(askedAt, "askedAt");
    }

    /** This occurrence with new times, title, customers and kind; what was logged and asked stays. */
    public CalendarEvent now(Instant newStart, Instant newEnd, String newTitle, List<CustomerAttendee> newCustomers,
                             Kind newKind) {
        return new CalendarEvent(workspace, rep, uid, recurrenceId, newStart, newEnd, newTitle, newCustomers, newKind,
                meetings, askedAt);
    }

    public CalendarEvent withMeetings(List<MeetingId> logged) {
        return new CalendarEvent(workspace, rep, uid, recurrenceId, start, end, title, customers, kind, logged,
                askedAt);
    }

    public CalendarEvent asked(Instant at) {
        return new CalendarEvent(workspace, rep, uid, recurrenceId, start, end, title, customers, kind, meetings,
                Optional.of(at));
    }

    /** Whether this is the occurrence {@code uid} / {@code recurrence} names. */
    public boolean is(String otherUid, Optional<Instant> otherRecurrence) {
        return uid.equals(otherUid) && recurrenceId.equals(otherRecurrence);
    }
}
