package com.referralcoach.core.coaching;

import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.PersonName;
import com.referralcoach.core.domain.RelationshipEvent;
import com.referralcoach.core.domain.RelationshipEventKind;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.port.AskLog;
import com.referralcoach.core.port.ContactBook;
import com.referralcoach.core.port.MeetingLog;
import com.referralcoach.core.port.RelationshipLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Loads where a rep stands with a contact. A person at a company also carries the company's open problems
 * and wins, when the rep logged them under the company's name ("problem Acme: ...").
 *
 * <p>Of the meetings and asks it reads the latest ({@link MeetingLog#RECENT}, {@link AskLog#RECENT}): every decision
 * it feeds looks at the last few (trust needs two occasions, a recovery two good experiences, a topic the latest one),
 * and a message costs the same whether the rep met the person twice or two hundred times.
 */
public final class Relationships {
    private static final Set<RelationshipEventKind> COMPANY_WIDE = Set.of(RelationshipEventKind.PROBLEM_OPENED,
            RelationshipEventKind.PROBLEM_FIXED, RelationshipEventKind.WIN, RelationshipEventKind.PROJECT_DELIVERED);

    private final RelationshipLog relationships;
    private final ContactBook contacts;
    private final MeetingLog meetings;
    private final AskLog asks;

    public Relationships(RelationshipLog relationships, ContactBook contacts, MeetingLog meetings, AskLog asks) {
        this.relationships = relationships;
        this.contacts = contacts;
        this.meetings = meetings;
        this.asks = asks;
    }

    public Relationship of(RepId rep, Contact person, Instant now) {
        List<RelationshipEvent> events = new ArrayList<>(
                relationships.ofContact(person.workspace(), rep, person.id()));
        person.company().ifPresent(company -> contacts
                .findByNameKey(person.workspace(), PersonName.keyOf(company)).stream()
                .filter(c -> c.name().key().equals(PersonName.keyOf(company)) && !c.id().equals(person.id()))
                .forEach(c -> relationships.ofContact(person.workspace(), rep, c.id()).stream()
                        .filter(e -> COMPANY_WIDE.contains(e.kind())).forEach(events::add)));
        events.sort(Comparator.comparing(RelationshipEvent::at).reversed());
        return new Relationship(events,
                meetings.latestWithContact(person.workspace(), rep, person.id(), MeetingLog.RECENT),
                asks.latestOfContact(person.workspace(), rep, person.id(), AskLog.RECENT), now);
    }
}
