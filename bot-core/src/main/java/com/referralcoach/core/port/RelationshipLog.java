package com.referralcoach.core.port;

import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.RelationshipEvent;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import java.util.Collection;
import java.util.List;

/** Everything in a rep's relationships besides meetings, asks and referrals: problems, wins, scores, dates. */
public interface RelationshipLog {
    /** Stores a new event, durably, before returning; saving the same id twice keeps one. */
    void save(RelationshipEvent event);

    /** The rep's events with one contact, most recent first. */
    List<RelationshipEvent> ofContact(WorkspaceId workspace, RepId rep, ContactId contact);

    /** All the rep's events, most recent first (a scan of the rep's events, for views). */
    List<RelationshipEvent> ofRep(WorkspaceId workspace, RepId rep);

    /** The rep's events with any of these contacts, in no particular order (an import's batch of known people). */
    List<RelationshipEvent> ofContacts(WorkspaceId workspace, RepId rep, Collection<ContactId> contacts);
}
