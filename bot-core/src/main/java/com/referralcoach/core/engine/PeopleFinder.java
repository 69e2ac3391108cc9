package com.referralcoach.core.engine;

import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.PersonName;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.language.LeadDetails;
import com.referralcoach.core.language.PersonRef;
import com.referralcoach.core.port.ContactBook;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Finds the person a message names: the full name ignoring case and accents, else a unique first-name
 * match; a company named with the person narrows the choice. Never guesses between two people.
 */
final class PeopleFinder {
    private final ContactBook contacts;

    PeopleFinder(ContactBook contacts) {
        this.contacts = contacts;
    }

    PersonMatch find(WorkspaceId workspace, PersonRef ref) {
        String key = ref.name().key();
        List<Contact> candidates = contacts.findByNameKey(workspace, key).stream()
                .filter(c -> sameCompanyOrUnknown(c, ref.company()))
                .toList();
        List<Contact> exact = candidates.stream().filter(c -> c.name().key().equals(key)).toList();
        List<Contact> best = exact.isEmpty() ? candidates : exact;
        if (best.isEmpty()) {
            return new PersonMatch.NotFound();
        }
        if (best.size() == 1) {
            return new PersonMatch.Found(best.get(0));
        }
        return new PersonMatch.Ambiguous(best);
    }

    /** The named person, created when new; what the message adds (company, email, phone) is remembered. */
    PersonMatch findOrCreate(WorkspaceId workspace, PersonRef ref, LeadDetails details, Instant now) {
        PersonMatch match = find(workspace, ref);
        if (match instanceof PersonMatch.Found found) {
            Contact known = found.contact();
            Optional<String> company = known.company().isPresent() ? Optional.empty() : ref.company();
            Contact learned = known.learn(company, details.email(), details.phone());
            if (!learned.equals(known)) {
                contacts.save(learned);
            }
            return new PersonMatch.Found(learned);
        }
        if (match instanceof PersonMatch.NotFound) {
            // The first of a name gets an id from the name, so a rep naming them at the same moment in another
            // process finds the one contact instead of adding a twin; another person of that name gets a new id.
            Contact first = create(workspace, ContactId.firstOfName(workspace, ref.name().key()), ref, details, now);
            if (contacts.addIfAbsent(first)) {
                return new PersonMatch.Found(first);
            }
            PersonMatch again = find(workspace, ref);
            if (!(again instanceof PersonMatch.NotFound)) {
                return again instanceof PersonMatch.Found ? findOrCreate(workspace, ref, details, now) : again;
            }
            Contact another = create(workspace, ContactId.random(), ref, details, now);
            contacts.save(another);
            return new PersonMatch.Found(another);
        }
        return match;
    }

    private static Contact create(WorkspaceId workspace, ContactId id, PersonRef ref, LeadDetails details,
                                  Instant now) {
        return new Contact(workspace, id, ref.name().asWritten(), ref.company(), details.email(), details.phone(), now);
    }

    private static boolean sameCompanyOrUnknown(Contact contact, Optional<String> company) {
        if (company.isEmpty() || contact.company().isEmpty()) {
            return true;
        }
        return PersonName.keyOf(contact.company().get()).equals(PersonName.keyOf(company.get()));
    }
}
