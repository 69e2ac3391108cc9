package com.referralcoach.core.engine;

import com.referralcoach.core.calendar.CustomerAttendee;
import com.referralcoach.core.domain.ActivityKind;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.Meeting;
import com.referralcoach.core.domain.MeetingId;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.port.CalendarEvent;
import com.referralcoach.core.port.ContactBook;
import com.referralcoach.core.port.ContactImports;
import com.referralcoach.core.port.MeetingLog;
import com.referralcoach.core.reminders.ReminderPlanner;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The meetings a calendar occurrence logs, the way a typed meeting is logged: one per customer (the contact found by
 * address, then name, else created; the topic the event's title), each with the ask at its end planned by
 * {@link ReminderPlanner#meetingEnds}, so every ask rule holds, and, for a rep who wants them, a prep note 15 minutes
 * before it ({@link ReminderPlanner#meetingPrep}), moved and cancelled with the ask. A meeting's id comes from the
 * occurrence and the customer's address, so logging again stores nothing new. A meeting the rep typed with the same
 * person that overlaps the occurrence stands for it and is not logged twice (and brings no prep note). An occurrence
 * back after a cancel (or after it left the feed) takes its meetings to its time again and their cancelled asks wait
 * again.
 */
final class CalendarMeetings {
    private final PeopleFinder people;
    private final ContactBook contacts;
    private final ContactImports everyone;
    private final MeetingLog log;
    private final ReminderPlanner planner;
    private final Scorekeeper score;

    CalendarMeetings(PeopleFinder people, ContactBook contacts, ContactImports everyone, MeetingLog log,
                     ReminderPlanner planner, Scorekeeper score) {
        this.people = people;
        this.contacts = contacts;
        this.everyone = everyone;
        this.log = log;
        this.planner = planner;
        this.score = score;
    }

    /** One read's work; {@code prep}: the rep wants prep notes, so each meeting ahead has one planned. */
    Run run(Rep rep, Instant now, boolean prep) {
        return new Run(rep, now, prep, new CalendarPeople(people, contacts, everyone, rep.workspace()));
    }

    /**
     * Prep notes turned on or off: the meetings of the rep's customer occurrences still ahead have their prep notes
     * planned (one cancelled before waits again) or cancelled; how many meetings that touched.
     */
    int prepSwitched(Rep rep, List<CalendarEvent> events, boolean on, Instant now) {
        Run run = run(rep, now, on);
        int touched = 0;
        for (CalendarEvent event : events) {
            if (event.kind() != CalendarEvent.Kind.CUSTOMER || !event.start().isAfter(now)) {
                continue;
            }
            for (Meeting meeting : run.ours(event)) {
                if (on) {
                    planner.meetingPrep(rep, meeting, now);
                } else {
                    planner.prepDropped(rep, meeting);
                }
                touched++;
            }
        }
        return touched + typedAhead(rep, events, on, now);
    }

    /** The same for the meetings the rep typed with a start still ahead (no occurrence logged them). */
    private int typedAhead(Rep rep, List<CalendarEvent> events, boolean on, Instant now) {
        java.util.Set<MeetingId> fromCalendar = new java.util.HashSet<>();
        events.forEach(e -> fromCalendar.addAll(e.meetings()));
        int touched = 0;
        for (Meeting meeting : log.ofRep(rep.workspace(), rep.id())) {
            if (fromCalendar.contains(meeting.id()) || meeting.startsAt().filter(now::isBefore).isEmpty()) {
                continue;
            }
            if (on) {
                planner.meetingPrep(rep, meeting, now);
            } else {
                planner.prepDropped(rep, meeting);
            }
            touched++;
        }
        return touched;
    }

    /** The id of the meeting an occurrence logs with one customer. */
    static MeetingId idOf(CalendarEvent event, CustomerAttendee customer) {
        String seed = "calendar\u001f" + event.workspace() + '\u001f' + event.rep() + '\u001f' + event.uid() + '\u001f'
                + event.recurrenceId().map(Instant::toString).orElse("") + '\u001f' + customer.email() + '\u001f'
                + (customer.email().isEmpty() ? customer.name() : "");
        return new MeetingId(UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString());
    }

    /** One read's work for one rep. */
    final class Run {
        private final Rep rep;
        private final Instant now;
        private final boolean prep;
        private final CalendarPeople found;

        private Run(Rep rep, Instant now, boolean prep, CalendarPeople found) {
            this.rep = rep;
            this.now = now;
            this.prep = prep;
            this.found = found;
        }

        /** {@code next} with the meetings it logged; what {@code prior} logged is moved or its asks cancelled. */
        CalendarEvent apply(CalendarEvent prior, CalendarEvent next) {
            boolean wasCustomer = prior != null && prior.kind() == CalendarEvent.Kind.CUSTOMER;
            if (next.kind() != CalendarEvent.Kind.CUSTOMER) {
                if (wasCustomer) {
                    ours(prior).forEach(m -> planner.meetingDeleted(rep, m));
                }
                return next;
            }
            if (wasCustomer && !(prior.start().equals(next.start()) && prior.end().equals(next.end()))) {
                for (Meeting meeting : ours(prior)) {
                    Meeting moved = at(meeting, next);
                    log.save(moved);
                    planner.meetingMoved(rep, moved);
                    prep(moved);
                }
            }
            if (prior != null && !wasCustomer) {
                for (Meeting meeting : ours(next)) {
                    Meeting back = at(meeting, next);
                    log.save(back);
                    planner.meetingRestored(rep, back);
                    prep(back);
                }
            }
            if (wasCustomer && prior.customers().equals(next.customers())) {
                return next;
            }
            List<MeetingId> logged = new ArrayList<>(next.meetings());
            for (CustomerAttendee customer : next.customers()) {
                MeetingId id = idOf(next, customer);
                if (!logged.contains(id)) {
                    logged.add(logOne(next, customer, id));
                }
            }
            return next.withMeetings(logged.stream().distinct().toList());
        }

        private MeetingId logOne(CalendarEvent event, CustomerAttendee customer, MeetingId id) {
            Contact person = found.of(customer, now);
            Optional<Meeting> typed = log.withContact(rep.workspace(), rep.id(), person.id()).stream()
                    .filter(m -> !m.id().equals(id) && overlaps(m, event)).findFirst();
            if (typed.isPresent()) {
                return typed.get().id();
            }
            Meeting meeting = new Meeting(rep.workspace(), id, rep.id(), person.id(), Optional.of(event.title())
                    .filter(t -> !t.isBlank()), Optional.of(event.start()), event.end(), now);
            boolean isNew = log.find(rep.workspace(), id).isEmpty();
            log.save(meeting);
            if (isNew) {
                score.count(rep, ActivityKind.MEETING_ENDED, meeting.endsAt());
            }
            planner.meetingEnds(rep, meeting, now);
            prep(meeting);
            return id;
        }

        /** The meeting's prep note, planned when the rep wants them (one planned already stays as it is). */
        private void prep(Meeting meeting) {
            if (prep) {
                planner.meetingPrep(rep, meeting, now);
            }
        }

        /** The meeting at the occurrence's time and title. */
        private Meeting at(Meeting meeting, CalendarEvent event) {
            return new Meeting(meeting.workspace(), meeting.id(), meeting.rep(), meeting.contact(),
                    Optional.of(event.title()), Optional.of(event.start()), event.end(), meeting.loggedAt());
        }

        /** The meetings this occurrence logged itself (not a typed one standing for it). */
        List<Meeting> ours(CalendarEvent event) {
            List<MeetingId> mine = event.customers().stream().map(c -> idOf(event, c)).toList();
            return event.meetings().stream().filter(mine::contains)
                    .flatMap(id -> log.find(rep.workspace(), id).stream()).toList();
        }
    }

    /** A typed meeting overlaps when its time meets the occurrence's; one with only an end, when that end does. */
    private static boolean overlaps(Meeting typed, CalendarEvent event) {
        Instant start = typed.startsAt().orElse(typed.endsAt());
        return !start.isAfter(event.end()) && !typed.endsAt().isBefore(event.start());
    }
}
