package com.referralcoach.core.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person in the rep's world (customer, referrer, lead), shared within one workspace; a title and notes come
 * with an imported address book.
 */
public record Contact(WorkspaceId workspace, ContactId id, PersonName name, Optional<String> company,
                      Optional<String> email, Optional<String> phone, Optional<String> title, Optional<String> notes,
                      Instant createdAt) {
    public Contact {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A contact as the chat creates one: no title, no notes. */
    public Contact(WorkspaceId workspace, ContactId id, PersonName name, Optional<String> company,
                   Optional<String> email, Optional<String> phone, Instant createdAt) {
        this(workspace, id, name, company, email, phone, Optional.empty(), Optional.empty(), createdAt);
    }

    /** "Jane Doe (Acme)" or just "Jane Doe". */
    public String label() {
        return company.map(c -> name.display() + " (" + c + ")").orElse(name.display());
    }

    /** This contact with any newly learned details added; known details are replaced only by new ones. */
    public Contact learn(Optional<String> newCompany, Optional<String> newEmail, Optional<String> newPhone) {
        return new Contact(workspace, id, name, newCompany.or(() -> company), newEmail.or(() -> email),
                newPhone.or(() -> phone), title, notes, createdAt);
    }
}
