package com.referralcoach.core.port;

import com.referralcoach.core.domain.Contact;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.WorkspaceId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The people a workspace knows, found again by name key (see PersonName#key). */
public interface ContactBook {
    Optional<Contact> find(WorkspaceId workspace, ContactId id);

    /** The contacts with these ids in the workspace; ids of other workspaces find nothing. */
    List<Contact> findAll(WorkspaceId workspace, Collection<ContactId> ids);

    /** Contacts whose name key equals {@code nameKey} or starts with {@code nameKey + " "}, at most 50. */
    List<Contact> findByNameKey(WorkspaceId workspace, String nameKey);

    /** Inserts or replaces the contact, durably, before returning. */
    void save(Contact contact);

    /**
     * Up to {@code limit} contacts of the workspace whose title, company or notes hold a word starting with one of
     * {@code stems} (case ignored), by name: the people who do what someone needs. No stems find nobody.
     */
    List<Contact> matching(WorkspaceId workspace, Collection<String> stems, int limit);

    /** Inserts the contact, durably, unless one with its id exists already: then nothing changes and it is false. */
    boolean addIfAbsent(Contact contact);
}
