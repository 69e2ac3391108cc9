package com.referralcoach.core.engine;

import com.referralcoach.core.calendar.CalendarOccurrence;
import com.referralcoach.core.calendar.CustomerAttendee;
import com.referralcoach.core.calendar.CustomerMeetings;
import com.referralcoach.core.calendar.FeedWindow;
import com.referralcoach.core.calendar.IcsFeed;
import com.referralcoach.core.calendar.MeetingKind;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.port.CalendarAnswer;
import com.referralcoach.core.port.CalendarBook;
import com.referralcoach.core.port.CalendarEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies one read of a rep's feed to what the bot keeps, idempotently (UID plus recurrence id is the key, so a
 * second read of the same feed changes nothing): each customer occurrence becomes logged meetings with their asks
 * ({@link CalendarMeetings}), a moved one moves its asks, one cancelled or gone from the window cancels its asks and
 * keeps what was logged. An event with no one on it takes the rep's answer for its UID when there is one.
 */
final class CalendarImport {
    /** How far ahead the connect answer counts customer meetings. */
    static final Duration SHOWN_AHEAD = Duration.ofDays(14);

    private final CalendarBook book;
    private final CalendarMeetings meetings;

    CalendarImport(CalendarBook book, CalendarMeetings meetings) {
        this.book = book;
        this.meetings = meetings;
    }

    /** What a read found: the customer meetings in the next two weeks, and the next of them. */
    record Applied(int customerMeetings, Optional<CalendarEvent> next) {
    }

    Applied apply(Rep rep, IcsFeed feed, FeedWindow window, Instant now) {
        CustomerMeetings kinds = new CustomerMeetings(book.teamDomains(rep.workspace()), feed.owner());
        Map<String, CalendarEvent> before = new LinkedHashMap<>();
        book.events(rep.workspace(), rep.id()).forEach(e -> before.put(key(e.uid(), e.recurrenceId()), e));
        CalendarMeetings.Run run = meetings.run(rep, now, book.prepNotes(rep.workspace(), rep.id()));
        for (CalendarOccurrence occurrence : feed.occurrences()) {
            CalendarEvent prior = before.remove(key(occurrence.uid(), occurrence.recurrenceId()));
            CalendarEvent next = read(rep, occurrence, kinds.kindOf(occurrence), prior);
            CalendarEvent applied = run.apply(prior, next);
            if (!applied.equals(prior)) {
                book.saveEvent(applied);
            }
        }
        for (CalendarEvent gone : before.values()) {
            if (gone.kind() != CalendarEvent.Kind.GONE && gone.end().isAfter(window.from())) {
                book.saveEvent(run.apply(gone, gone.now(gone.start(), gone.end(), gone.title(), gone.customers(),
                        CalendarEvent.Kind.GONE)));
            }
        }
        return found(rep, now);
    }

    /**
     * The rep's answer for an event with no one on it, kept for its UID: its occurrences waiting for it become
     * customer meetings (logged, asked at the end) or are let be; how many became customer meetings.
     */
    int answered(Rep rep, String uid, CalendarAnswer answer, Instant now) {
        book.saveAnswer(rep.workspace(), rep.id(), uid, answer);
        CalendarMeetings.Run run = meetings.run(rep, now, book.prepNotes(rep.workspace(), rep.id()));
        int logged = 0;
        for (CalendarEvent event : book.events(rep.workspace(), rep.id())) {
            if (!event.uid().equals(uid) || event.kind() != CalendarEvent.Kind.ASK_THE_REP) {
                continue;
            }
            CalendarEvent next = answer.skipped()
                    ? event.now(event.start(), event.end(), event.title(), List.of(), CalendarEvent.Kind.IGNORED)
                    : event.now(event.start(), event.end(), event.title(), List.of(answered(answer)),
                    CalendarEvent.Kind.CUSTOMER);
            book.saveEvent(run.apply(event, next));
            logged += answer.skipped() ? 0 : 1;
        }
        return logged;
    }

    /** Prep notes turned on or off: planned or cancelled for the rep's customer meetings still ahead. */
    void prepSwitched(Rep rep, boolean on, Instant now) {
        book.setPrepNotes(rep.workspace(), rep.id(), on);
        meetings.prepSwitched(rep, book.events(rep.workspace(), rep.id()), on, now);
    }

    /** The customer meetings stored for the rep from {@code now} to two weeks on. */
    Applied found(Rep rep, Instant now) {
        List<CalendarEvent> ahead = book.events(rep.workspace(), rep.id()).stream()
                .filter(e -> e.kind() == CalendarEvent.Kind.CUSTOMER)
                .filter(e -> e.end().isAfter(now) && e.start().isBefore(now.plus(SHOWN_AHEAD))).toList();
        return new Applied(ahead.size(), ahead.stream().filter(e -> !e.start().isBefore(now)).findFirst());
    }

    private CalendarEvent read(Rep rep, CalendarOccurrence occurrence, MeetingKind kind, CalendarEvent prior) {
        CalendarEvent base = prior != null ? prior : new CalendarEvent(rep.workspace(), rep.id(), occurrence.uid(),
                occurrence.recurrenceId(), occurrence.start(), occurrence.end(), occurrence.title(), List.of(),
                CalendarEvent.Kind.IGNORED, List.of(), Optional.empty());
        List<CustomerAttendee> customers = List.of();
        CalendarEvent.Kind what;
        if (kind instanceof MeetingKind.Customer customer) {
            customers = customer.customers();
            what = CalendarEvent.Kind.CUSTOMER;
        } else if (kind instanceof MeetingKind.AskTheRep) {
            Optional<CalendarAnswer> answer = book.answer(rep.workspace(), rep.id(), occurrence.uid());
            what = answer.map(a -> a.skipped() ? CalendarEvent.Kind.IGNORED : CalendarEvent.Kind.CUSTOMER)
                    .orElse(CalendarEvent.Kind.ASK_THE_REP);
            customers = answer.filter(a -> !a.skipped()).map(CalendarImport::answered).map(List::of).orElse(List.of());
        } else {
            what = kind instanceof MeetingKind.Internal ? CalendarEvent.Kind.INTERNAL : CalendarEvent.Kind.IGNORED;
        }
        return base.now(occurrence.start(), occurrence.end(), occurrence.title(), customers, what);
    }

    /** The customer a rep named for an event with no one on it: no address, the company they said. */
    static CustomerAttendee answered(CalendarAnswer answer) {
        return new CustomerAttendee("", answer.person().orElseThrow(), answer.company());
    }

    private static String key(String uid, Optional<Instant> recurrence) {
        return uid + '\u001f' + recurrence.map(Instant::toString).orElse("");
    }
}
