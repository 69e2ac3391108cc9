package com.referralcoach.core.engine;

import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.Meeting;
import com.referralcoach.core.domain.RelationshipEvent;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.port.ContactBook;
import com.referralcoach.core.port.MeetingLog;
import com.referralcoach.core.port.RelationshipLog;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The people a rep works with: everyone they met or logged something about, by name. */
final class RepPeople {
    private final ContactBook contacts;
    private final MeetingLog meetings;
    private final RelationshipLog relationships;

    RepPeople(ContactBook contacts, MeetingLog meetings, RelationshipLog relationships) {
        this.contacts = contacts;
        this.meetings = meetings;
        this.relationships = relationships;
    }

    List<Contact> of(Rep rep) {
        Set<ContactId> ids = new LinkedHashSet<>();
        meetings.ofRep(rep.workspace(), rep.id()).stream().map(Meeting::contact).forEach(ids::add);
        relationships.ofRep(rep.workspace(), rep.id()).stream().map(RelationshipEvent::contact)
                .forEach(ids::add);
        return contacts.findAll(rep.workspace(), ids).stream()
                .sorted(Comparator.comparing(c -> c.name().key())).toList();
    }
}
