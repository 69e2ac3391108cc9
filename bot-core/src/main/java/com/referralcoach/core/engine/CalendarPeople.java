package com.referralcoach.core.engine;

import com.referralcoach.core.calendar.CustomerAttendee;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.PersonName;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.language.LeadDetails;
import com.referralcoach.core.language.PersonRef;
import com.referralcoach.core.port.ContactBook;
import com.referralcoach.core.port.ContactImports;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The contact a calendar's customer is, for one read of one feed: the contact with their address first, then the
 * one person of their name (as a typed meeting finds them), else a new contact with the address and the company
 * from their domain. Two people of that name are not guessed between: the customer becomes a contact of their own.
 * The workspace's addresses are read once, on the first customer with an address.
 */
final class CalendarPeople {
    private final PeopleFinder people;
    private final ContactBook contacts;
    private final ContactImports everyone;
    private final WorkspaceId workspace;
    private Map<String, Contact> byEmail;

    CalendarPeople(PeopleFinder people, ContactBook contacts, ContactImports everyone, WorkspaceId workspace) {
        this.people = people;
        this.contacts = contacts;
        this.everyone = everyone;
        this.workspace = workspace;
    }

    Contact of(CustomerAttendee customer, Instant now) {
        Optional<String> email = Optional.of(customer.email().strip()).filter(e -> e.indexOf('@') > 0);
        Optional<Contact> known = email.map(CalendarPeople::key).map(key -> addresses().get(key));
        if (known.isPresent()) {
            return known.get();
        }
        PersonRef ref = new PersonRef(new PersonName(customer.name()), customer.company());
        LeadDetails details = new LeadDetails(email, Optional.empty(), Optional.empty());
        PersonMatch match = people.findOrCreate(workspace, ref, details, now);
        Contact contact = match instanceof PersonMatch.Found found ? found.contact() : another(ref, email, now);
        contact.email().map(CalendarPeople::key).ifPresent(key -> addresses().putIfAbsent(key, contact));
        return contact;
    }

    private Contact another(PersonRef ref, Optional<String> email, Instant now) {
        Contact created = new Contact(workspace, ContactId.random(), ref.name().asWritten(), ref.company(), email,
                Optional.empty(), now);
        contacts.save(created);
        return created;
    }

    private Map<String, Contact> addresses() {
        if (byEmail == null) {
            byEmail = new HashMap<>();
            everyone.eachContact(workspace, c -> c.email().ifPresent(e -> byEmail.putIfAbsent(key(e), c)));
        }
        return byEmail;
    }

    private static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
