package com.referralcoach.core.engine;

import com.referralcoach.core.contactfile.PersonDetails;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.PersonName;
import com.referralcoach.core.domain.RelationshipEvent;
import com.referralcoach.core.domain.RelationshipEventKind;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.port.ContactImports;
import com.referralcoach.core.port.RelationshipLog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The people a workspace knows, indexed once for an import: by email (ignoring case), by name key, and which of
 * them already have a birthday or customer-since date from this rep. A row names a known person by email first,
 * then by name when the companies don't differ (as a typed "Jane Doe at Acme" finds her); two people with that
 * name is a question the import does not guess.
 */
final class KnownPeople {
    /** How a row matched. */
    sealed interface Match {
        record Known(Contact contact) implements Match {
        }

        record New() implements Match {
        }

        record Ambiguous(int count) implements Match {
        }
    }

    private final Map<String, Contact> byEmail = new HashMap<>();
    private final Map<String, List<Contact>> byName = new HashMap<>();
    private final Set<ContactId> birthdays = new HashSet<>();
    private final Set<ContactId> anniversaries = new HashSet<>();

    static KnownPeople of(ContactImports imports, RelationshipLog log, Rep rep) {
        KnownPeople known = new KnownPeople();
        imports.eachContact(rep.workspace(), known::remember);
        for (RelationshipEvent event : log.ofRep(rep.workspace(), rep.id())) {
            if (event.kind() == RelationshipEventKind.BIRTHDAY) {
                known.birthdays.add(event.contact());
            } else if (event.kind() == RelationshipEventKind.CUSTOMER_SINCE) {
                known.anniversaries.add(event.contact());
            }
        }
        return known;
    }

    Match match(PersonDetails row) {
        Optional<Contact> byMail = row.email().map(KnownPeople::mailKey).map(byEmail::get);
        if (byMail.isPresent()) {
            return new Match.Known(byMail.get());
        }
        List<Contact> named = byName.getOrDefault(row.name().key(), List.of()).stream()
                .filter(c -> sameCompanyOrUnknown(c, row.company())).toList();
        if (named.size() == 1) {
            return new Match.Known(named.get(0));
        }
        return named.isEmpty() ? new Match.New() : new Match.Ambiguous(named.size());
    }

    /** Keeps {@code contact} (new, or with details filled in) as the workspace now knows it. */
    void remember(Contact contact) {
        contact.email().map(KnownPeople::mailKey).ifPresent(mail -> {
            Contact there = byEmail.get(mail);
            if (there == null || there.id().equals(contact.id())) {
                byEmail.put(mail, contact);
            }
        });
        List<Contact> same = byName.computeIfAbsent(contact.name().key(), k -> new ArrayList<>(1));
        same.removeIf(c -> c.id().equals(contact.id()));
        same.add(contact);
    }

    /** True the first time: the contact had no birthday from this rep, and now has one planned. */
    boolean firstBirthday(ContactId contact) {
        return birthdays.add(contact);
    }

    /** True the first time: the contact had no customer-since date from this rep, and now has one planned. */
    boolean firstAnniversary(ContactId contact) {
        return anniversaries.add(contact);
    }

    private static String mailKey(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean sameCompanyOrUnknown(Contact contact, Optional<String> company) {
        return company.isEmpty() || contact.company().isEmpty()
                || PersonName.keyOf(contact.company().get()).equals(PersonName.keyOf(company.get()));
    }
}
