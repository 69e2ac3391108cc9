package com.referralcoach.core.reminders;

import com.referralcoach.core.coaching.AskCoach;
import com.referralcoach.core.coaching.Moments;
import com.referralcoach.core.coaching.Relationship;
import com.referralcoach.core.coaching.Relationships;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.Meeting;
import com.referralcoach.core.domain.Referral;
import com.referralcoach.core.domain.Reminder;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.port.CalendarBook;
import com.referralcoach.core.port.MeetingLog;
import com.referralcoach.core.port.ReferralLedger;
import com.referralcoach.core.port.ContactBook;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

/**
 * The prep note 15 minutes before a calendar customer meeting ({@code MEETING_PREP}), worked out when it is sent, so
 * it says what is true then: per customer the last topic discussed, an open problem (then no ask), the open leads
 * they referred, a birthday within 30 days, and the ask to make at the end. Skipped when the rep has turned prep
 * notes off, when the meeting or the person is gone, and once the meeting has started (a late note is no prep).
 */
final class MeetingPreps {
    private static final int BIRTHDAY_DAYS = 30;

    private final CalendarBook calendars;
    private final MeetingLog meetings;
    private final ContactBook contacts;
    private final ReferralLedger referrals;
    private final Relationships standings;

    MeetingPreps(CalendarBook calendars, MeetingLog meetings, ContactBook contacts, ReferralLedger referrals,
                 Relationships standings) {
        this.calendars = calendars;
        this.meetings = meetings;
        this.contacts = contacts;
        this.referrals = referrals;
        this.standings = standings;
    }

    Delivery compose(Reminder reminder, Rep rep, Instant now) {
        if (!calendars.prepNotes(reminder.workspace(), reminder.rep())) {
            return new Delivery.Skip("prep notes are off");
        }
        Optional<Meeting> meeting = reminder.meeting().flatMap(id -> meetings.find(reminder.workspace(), id));
        Optional<Contact> person = reminder.contact().flatMap(id -> contacts.find(reminder.workspace(), id));
        if (meeting.isEmpty() || person.isEmpty()) {
            return new Delivery.Skip("the meeting or the person is gone");
        }
        Instant start = meeting.get().startsAt().orElse(meeting.get().endsAt());
        if (!start.isAfter(now)) {
            return new Delivery.Skip("the meeting has started");
        }
        Moments moments = new Moments(now.atZone(rep.zone()));
        String heading = "Prep for " + meeting.get().topic().map(t -> "'" + t + "'").orElse("your meeting") + " at "
                + moments.time(start) + ":";
        MeetingPrep part = new MeetingPrep(start + "/" + meeting.get().endsAt(), heading, person.get().label(),
                line(rep, person.get(), meeting.get(), moments, now));
        return new Delivery.Say(part.alone(), Optional.of(part));
    }

    private String line(Rep rep, Contact who, Meeting meeting, Moments moments, Instant now) {
        Relationship known = standings.of(rep.id(), who, now);
        StringBuilder line = new StringBuilder();
        meetings.latestWithContact(rep.workspace(), rep.id(), who.id(), MeetingLog.RECENT).stream()
                .filter(m -> !m.endsAt().isAfter(now)).flatMap(m -> m.topic().stream()).findFirst()
                .ifPresent(t -> line.append(" last discussed ").append(t).append('.'));
        known.openProblem().ifPresent(p -> line.append(" Open problem: fix it before any ask."));
        List<Referral> leads = referrals.fromReferrer(rep.workspace(), rep.id(), who.id()).stream()
                .filter(Referral::isOpen).toList();
        if (!leads.isEmpty()) {
            line.append(' ').append(leads.size()).append(leads.size() == 1 ? " open lead" : " open leads")
                    .append(" they referred: tell them how it goes.");
        }
        LocalDate today = now.atZone(rep.zone()).toLocalDate();
        known.birthday().map(b -> MonthDay.from(b).atYear(today.getYear()))
                .map(b -> b.isBefore(today) ? MonthDay.from(b).atYear(today.getYear() + 1) : b)
                .filter(b -> !b.isAfter(today.plusDays(BIRTHDAY_DAYS)))
                .ifPresent(b -> line.append(" Birthday ").append(moments.date(b.atStartOfDay(rep.zone()).toInstant()))
                        .append('.'));
        if (known.openProblem().isEmpty()) {
            line.append(" Ask at the end: \"").append(AskCoach.question(rep, known, who, meeting.topic())).append('"');
        }
        return line.toString();
    }
}
