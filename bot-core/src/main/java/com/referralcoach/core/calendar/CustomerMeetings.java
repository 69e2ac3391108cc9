package com.referralcoach.core.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells customer meetings from the rest. Ignored first: cancelled, declined by the feed's owner, marked free, all
 * day. Then the people on it (attendees and the organizer, without the owner, rooms and resources): none means
 * ask the rep; anyone whose domain is outside the team's domains, or free mail, makes it a customer meeting (a
 * customer who declined doesn't count); else it is internal. The team's domains are those set for the team, else
 * the owner's domain; when neither is known, a meeting with people on it is one to ask the rep about.
 */
public final class CustomerMeetings {
    private final Set<String> teamDomains;
    private final Optional<String> owner;

    /** {@code teamDomains} as set by the team (may be empty); {@code owner} the address that owns the feed. */
    public CustomerMeetings(Set<String> teamDomains, Optional<String> owner) {
        this.owner = owner.map(o -> o.strip().toLowerCase(Locale.ROOT));
        Set<String> configured = teamDomains.stream().map(d -> d.strip().toLowerCase(Locale.ROOT))
                .map(d -> d.startsWith("@") ? d.substring(1) : d).filter(d -> !d.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        this.teamDomains = !configured.isEmpty() ? configured : this.owner.filter(o -> o.indexOf('@') > 0)
                .map(o -> o.substring(o.lastIndexOf('@') + 1)).filter(d -> !MailDomains.freeMail(d))
                .map(Set::of).orElse(Set.of());
    }

    public MeetingKind kindOf(CalendarOccurrence occurrence) {
        Optional<MeetingKind.Why> ignored = ignored(occurrence);
        if (ignored.isPresent()) {
            return new MeetingKind.Ignored(ignored.get());
        }
        List<Attendee> people = people(occurrence);
        if (people.isEmpty() || teamDomains.isEmpty()) {
            return new MeetingKind.AskTheRep();
        }
        List<Attendee> outside = people.stream().filter(this::outside).toList();
        if (outside.isEmpty()) {
            return new MeetingKind.Internal();
        }
        List<CustomerAttendee> customers = outside.stream().filter(a -> a.answer() != Participation.DECLINED)
                .map(CustomerAttendee::of).toList();
        return customers.isEmpty() ? new MeetingKind.Ignored(MeetingKind.Why.CUSTOMERS_DECLINED)
                : new MeetingKind.Customer(customers);
    }

    private Optional<MeetingKind.Why> ignored(CalendarOccurrence occurrence) {
        if (occurrence.status() == EventStatus.CANCELLED) {
            return Optional.of(MeetingKind.Why.CANCELLED);
        }
        if (owner.filter(occurrence::declinedBy).isPresent()) {
            return Optional.of(MeetingKind.Why.DECLINED);
        }
        if (occurrence.transparent()) {
            return Optional.of(MeetingKind.Why.FREE);
        }
        return occurrence.allDay() ? Optional.of(MeetingKind.Why.ALL_DAY) : Optional.empty();
    }

    private List<Attendee> people(CalendarOccurrence occurrence) {
        List<Attendee> people = new ArrayList<>(occurrence.attendees());
        occurrence.organizer().filter(o -> people.stream().noneMatch(a -> a.email().equals(o)))
                .ifPresent(o -> people.add(new Attendee(o, Optional.empty(), AttendeeKind.INDIVIDUAL,
                        Participation.ACCEPTED)));
        return people.stream().filter(a -> !MailDomains.room(a))
                .filter(a -> owner.filter(a.email()::equals).isEmpty()).toList();
    }

    private boolean outside(Attendee attendee) {
        return MailDomains.freeMail(attendee.domain()) || !MailDomains.within(attendee.domain(), teamDomains);
    }
}
