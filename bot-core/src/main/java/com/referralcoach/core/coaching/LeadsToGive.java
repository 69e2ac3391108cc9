package com.referralcoach.core.coaching;

import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ContactBook;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * People from the rep's own contacts who could help someone: whose title, company or notes say they do what that
 * person needs (or, for a connector, what they do). Help first: a lead given is how referrals start flowing back.
 */
public final class LeadsToGive {
    /** Leads suggested at most, so a suggestion stays one line. */
    public static final int MOST = 3;

    private final ContactBook contacts;

    public LeadsToGive(ContactBook contacts) {
        this.contacts = contacts;
    }

    /** Up to {@link #MOST} people who match {@code what}, never {@code forWhom} themselves. */
    public List<Contact> matching(WorkspaceId workspace, String what, ContactId forWhom) {
        Set<String> telling = TellingWords.of(what);
        if (telling.isEmpty()) {
            return List.of();
        }
        return contacts.matching(workspace, telling, MOST + 1).stream().filter(c -> !c.id().equals(forWhom))
                .limit(MOST).toList();
    }

    /** "Ann Smith (Bookkeeper, Ledgerly), Bo Park (Kite)". */
    public static String names(List<Contact> people) {
        return people.stream().map(p -> p.name().display() + describe(p)).collect(Collectors.joining(", "));
    }

    private static String describe(Contact person) {
        String what = java.util.stream.Stream.of(person.title(), person.company()).flatMap(java.util.Optional::stream)
                .collect(Collectors.joining(", "));
        return what.isEmpty() ? "" : " (" + what + ")";
    }
}
