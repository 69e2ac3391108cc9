package com.referralcoach.core.engine;

import com.referralcoach.core.contactfile.FileRow;
import com.referralcoach.core.contactfile.PersonDetails;
import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ContactFill;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides each row of an import against the people known, the same way for the preview and the import, and keeps
 * what it decided known for the rows after it (a person twice in a file is created once, then completed).
 */
final class RowPlanner {
    private final KnownPeople known;
    private final WorkspaceId workspace;
    private final Instant now;

    RowPlanner(KnownPeople known, WorkspaceId workspace, Instant now) {
        this.known = known;
        this.workspace = workspace;
        this.now = now;
    }

    RowPlan plan(FileRow row) {
        if (row instanceof FileRow.Unreadable unreadable) {
            return new RowPlan.Skip(unreadable.place(), unreadable.reason());
        }
        FileRow.Person person = (FileRow.Person) row;
        PersonDetails details = person.details();
        KnownPeople.Match match = known.match(details);
        if (match instanceof KnownPeople.Match.Ambiguous ambiguous) {
            return new RowPlan.Skip(person.place(), ambiguous.count() + " people are already called "
                    + details.name().display() + "; add this one by hand with the company");
        }
        if (match instanceof KnownPeople.Match.Known found) {
            return complete(found.contact(), details);
        }
        Contact created = new Contact(workspace, ContactId.random(), details.name().asWritten(), details.company(),
                details.email(), details.phone(), details.title(), details.notes(), now);
        known.remember(created);
        return new RowPlan.Create(created, details.birthday().filter(b -> known.firstBirthday(created.id())),
                details.customerSince().filter(s -> known.firstAnniversary(created.id())));
    }

    private RowPlan complete(Contact contact, PersonDetails details) {
        ContactFill fill = new ContactFill(contact.id(), lacked(contact.company(), details.company()),
                lacked(contact.email(), details.email()), lacked(contact.phone(), details.phone()),
                lacked(contact.title(), details.title()), lacked(contact.notes(), details.notes()));
        Contact filled = new Contact(contact.workspace(), contact.id(), contact.name(),
                contact.company().or(fill::company), contact.email().or(fill::email), contact.phone().or(fill::phone),
                contact.title().or(fill::title), contact.notes().or(fill::notes), contact.createdAt());
        known.remember(filled);
        return new RowPlan.Complete(filled, fill, details.birthday().filter(b -> known.firstBirthday(contact.id())),
                details.customerSince().filter(s -> known.firstAnniversary(contact.id())));
    }

    private static Optional<String> lacked(Optional<String> has, Optional<String> offered) {
        return has.isPresent() ? Optional.empty() : offered;
    }
}
