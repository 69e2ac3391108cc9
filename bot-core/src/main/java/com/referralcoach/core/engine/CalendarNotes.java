package com.referralcoach.core.engine;

import com.referralcoach.core.coaching.AskCoach;
import com.referralcoach.core.coaching.Moments;
import com.referralcoach.core.coaching.Relationship;
import com.referralcoach.core.coaching.Relationships;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.Meeting;
import com.referralcoach.core.domain.Referral;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.port.CalendarBook;
import com.referralcoach.core.port.CalendarEvent;
import com.referralcoach.core.port.ContactBook;
import com.referralcoach.core.port.MeetingLog;
import com.referralcoach.core.port.ReferralLedger;
import com.referralcoach.core.reply.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the bot says on its own about a rep's coming occurrences, at each read: the question who an event with no
 * one on it is with (once per event, in the hour before it starts, unless its UID was answered), and, for a rep
 * who asked for them, a prep note before a customer meeting (once, when it starts within 25 minutes: reads come
 * every 10, so it lands 15 to 25 minutes before).
 */
final class CalendarNotes {
    static final Duration QUESTION_AHEAD = Duration.ofHours(1);
    static final Duration PREP_AHEAD = Duration.ofMinutes(25);

    private final CalendarBook book;
    private final MeetingLog meetings;
    private final ContactBook contacts;
    private final ReferralLedger referrals;
    private final Relationships standings;

    CalendarNotes(CalendarBook book, MeetingLog meetings, ContactBook contacts, ReferralLedger referrals,
                  Relationships standings) {
        this.book = book;
        this.meetings = meetings;
        this.contacts = contacts;
        this.referrals = referrals;
        this.standings = standings;
    }

    /** The notes due now, each marked as said on its occurrence before it is returned. */
    List<Reply> due(Rep rep, Instant now) {
        Moments moments = new Moments(now.atZone(rep.zone()));
        boolean prep = book.prepNotes(rep.workspace(), rep.id());
        List<Reply> notes = new ArrayList<>();
        for (CalendarEvent event : book.events(rep.workspace(), rep.id())) {
            boolean soon = event.start().isAfter(now);
            if (soon && event.kind() == CalendarEvent.Kind.ASK_THE_REP && event.askedAt().isEmpty()
                    && !event.start().isAfter(now.plus(QUESTION_AHEAD))
                    && book.answer(rep.workspace(), rep.id(), event.uid()).isEmpty()) {
                book.saveEvent(event.asked(now));
                notes.add(question(event, moments));
            } else if (soon && prep && event.kind() == CalendarEvent.Kind.CUSTOMER && event.prepSentAt().isEmpty()
                    && !event.start().isAfter(now.plus(PREP_AHEAD))) {
                book.saveEvent(event.prepSent(now));
                notes.add(prepNote(rep, event, moments, now));
            }
        }
        return notes;
    }

    static Reply question(CalendarEvent event, Moments moments) {
        String title = event.title().isBlank() ? "your meeting" : event.title();
        return Reply.of("Is '" + title + "' (" + moments.dateTime(event.start()) + ") with a customer? Reply '"
                + title + " is with Ann Lo at Vela', or 'skip'.");
    }

    private Reply prepNote(Rep rep, CalendarEvent event, Moments moments, Instant now) {
        StringBuilder note = new StringBuilder("Prep for '" + event.title() + "' at " + moments.time(event.start())
                + ":");
        for (Meeting logged : event.meetings().stream().flatMap(id -> meetings.find(rep.workspace(), id).stream())
                .toList()) {
            Optional<Contact> person = contacts.find(rep.workspace(), logged.contact());
            if (person.isEmpty()) {
                continue;
            }
            Contact who = person.get();
            Relationship known = standings.of(rep.id(), who, now);
            note.append("\n• ").append(who.label()).append(':');
            meetings.withContact(rep.workspace(), rep.id(), who.id()).stream()
                    .filter(m -> !m.endsAt().isAfter(now)).flatMap(m -> m.topic().stream()).findFirst()
                    .ifPresent(t -> note.append(" last discussed ").append(t).append('.'));
            known.openProblem().ifPresent(p -> note.append(" Open problem: fix it before any ask."));
            List<Referral> leads = referrals.fromReferrer(rep.workspace(), rep.id(), who.id()).stream()
                    .filter(Referral::isOpen).toList();
            if (!leads.isEmpty()) {
                note.append(' ').append(leads.size()).append(leads.size() == 1 ? " open lead" : " open leads")
                        .append(" they referred: tell them how it goes.");
            }
            known.birthday().map(b -> java.time.MonthDay.from(b).atYear(now.atZone(rep.zone()).getYear()))
                    .filter(b -> !b.isBefore(now.atZone(rep.zone()).toLocalDate())
                            && !b.isAfter(now.atZone(rep.zone()).toLocalDate().plusDays(30)))
                    .ifPresent(b -> note.append(" Birthday ").append(moments.date(
                            b.atStartOfDay(rep.zone()).toInstant())).append('.'));
            if (known.openProblem().isEmpty()) {
                note.append(" Ask at the end: \"").append(AskCoach.question(rep, known, who, logged.topic()))
                        .append('"');
            }
        }
        return Reply.of(note.toString());
    }
}
