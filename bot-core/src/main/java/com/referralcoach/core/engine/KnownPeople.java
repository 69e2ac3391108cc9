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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The people a workspace knows who may match a batch of rows, looked up before the batch with one indexed query by
 * email and one by name key ({@link ContactImports#matching}), never the whole book: by email (ignoring case), by
 * name key, and which of them already have a birthday or customer-since date from this rep. A row names a known
 * person by email first, then by name when the companies don't differ (as a typed "Jane Doe at Acme" finds her);
 * two people with that name is a question the import does not guess.
 *
 * <p>The import forgets each batch once it is written (the store then knows its people, so a person twice in the
 * file is found there), so what it holds does not grow with the file. The preview writes nothing, so after each batch
 * it keeps only fingerprints of the people it decided: 64-bit hashes of their email and of their name with their
 * company, about 100 bytes a person instead of the people themselves.
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

    /** The preview's people of earlier batches: email hash to person, name hash to (person, company hash) pairs. */
    private final Map<Long, Long> seenMail = new HashMap<>();
    private final Map<Long, long[]> seenName = new HashMap<>();
    private final Map<String, Contact> byEmail = new HashMap<>();
    private final Map<String, List<Contact>> byName = new HashMap<>();
    private final Set<ContactId> birthdays = new HashSet<>();
    private final Set<ContactId> anniversaries = new HashSet<>();
    private final ContactImports imports;
    private final RelationshipLog log;
    private final Rep rep;
    private final boolean keepsEarlierBatches;

    private KnownPeople(ContactImports imports, RelationshipLog log, Rep rep, boolean keepsEarlierBatches) {
        this.imports = imports;
        this.log = log;
        this.rep = rep;
        this.keepsEarlierBatches = keepsEarlierBatches;
    }

    /** For the import: each batch looked up afresh, as the store holds what earlier batches wrote. */
    static KnownPeople forImport(ContactImports imports, RelationshipLog log, Rep rep) {
        return new KnownPeople(imports, log, rep, false);
    }

    /** For the preview, which writes nothing: what earlier batches looked up and decided is kept. */
    static KnownPeople forPreview(ContactImports imports, RelationshipLog log, Rep rep) {
        return new KnownPeople(imports, log, rep, true);
    }

    /** Looks up the known people these rows may name (their emails and name keys), before they are planned. */
    void load(List<PersonDetails> rows) {
        if (keepsEarlierBatches) {
            byName.values().forEach(same -> same.forEach(this::fingerprint));
        }
        byEmail.clear();
        byName.clear();
        birthdays.clear();
        anniversaries.clear();
        List<Contact> found = imports.matching(rep.workspace(),
                rows.stream().flatMap(r -> r.email().stream()).map(KnownPeople::mailKey).toList(),
                rows.stream().map(r -> r.name().key()).toList());
        List<ContactId> looked = new ArrayList<>();
        for (Contact contact : found) {
            remember(contact);
            looked.add(contact.id());
        }
        if (looked.isEmpty()) {
            return;
        }
        for (RelationshipEvent event : log.ofContacts(rep.workspace(), rep.id(), looked)) {
            if (event.kind() == RelationshipEventKind.BIRTHDAY) {
                birthdays.add(event.contact());
            } else if (event.kind() == RelationshipEventKind.CUSTOMER_SINCE) {
                anniversaries.add(event.contact());
            }
        }
    }

    Match match(PersonDetails row) {
        Optional<Contact> byMail = row.email().map(KnownPeople::mailKey).map(byEmail::get);
        if (byMail.isPresent()) {
            return new Match.Known(byMail.get());
        }
        Optional<Long> seen = row.email().map(KnownPeople::mailKey).map(mail -> seenMail.get(hash(mail)));
        if (seen.isPresent()) {
            return new Match.Known(standIn(seen.get(), row));
        }
        Map<Long, Contact> named = new java.util.LinkedHashMap<>();
        byName.getOrDefault(row.name().key(), List.of()).stream().filter(c -> sameCompanyOrUnknown(c, row.company()))
                .forEach(c -> named.put(hash(c.id().value()), c));
        long[] pairs = seenName.getOrDefault(hash(row.name().key()), new long[0]);
        long company = row.company().map(KnownPeople::companyHash).orElse(0L);
        for (int i = 0; i < pairs.length; i += 2) {
            if (company == 0 || pairs[i + 1] == 0 || pairs[i + 1] == company) {
                named.putIfAbsent(pairs[i], standIn(pairs[i], row));
            }
        }
        if (named.size() == 1) {
            return new Match.Known(named.values().iterator().next());
        }
        return named.isEmpty() ? new Match.New() : new Match.Ambiguous(named.size());
    }

    /** The preview's memory of a person it decided: their email and their name with their company, hashed. */
    private void fingerprint(Contact contact) {
        long person = hash(contact.id().value());
        contact.email().map(KnownPeople::mailKey).ifPresent(mail -> seenMail.putIfAbsent(hash(mail), person));
        long company = contact.company().map(KnownPeople::companyHash).orElse(0L);
        long[] pairs = seenName.getOrDefault(hash(contact.name().key()), new long[0]);
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i] == person) {
                pairs[i + 1] = company;
                return;
            }
        }
        long[] more = java.util.Arrays.copyOf(pairs, pairs.length + 2);
        more[pairs.length] = person;
        more[pairs.length + 1] = company;
        seenName.put(hash(contact.name().key()), more);
    }

    /** A person of an earlier batch, known to the preview only by fingerprint: counted as known, never written. */
    private Contact standIn(long person, PersonDetails row) {
        return new Contact(rep.workspace(), new ContactId("seen-" + Long.toHexString(person)), row.name().asWritten(),
                row.company(), row.email(), Optional.empty(), Optional.empty(), Optional.empty(), Instant.EPOCH);
    }

    private static long companyHash(String company) {
        long h = hash(PersonName.keyOf(company));
        return h == 0 ? 1 : h;
    }

    /** 64-bit FNV-1a of the text's characters: collisions are negligible at a file's size. */
    private static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
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
