package com.referralcoach.core.port;

import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.Meeting;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.domain.MeetingId;
import java.util.List;
import java.util.Optional;

/** Every meeting a rep logged. */
public interface MeetingLog {
    /** Stores a new meeting, durably, before returning; saving the same id twice keeps one. */
    void save(Meeting meeting);

    /** One meeting of this workspace; a meeting of another workspace is not found. */
    Optional<Meeting> find(WorkspaceId workspace, MeetingId id);

    /** Deletes the meeting of this workspace, durably; false when there was none (another workspace's stays). */
    boolean delete(WorkspaceId workspace, MeetingId id);

    /** How many of a rep's latest meetings with one person the coach reads before it speaks. */
    int RECENT = 20;

    /** The rep's meetings with one contact, most recent end first. */
    List<Meeting> withContact(WorkspaceId workspace, RepId rep, ContactId contact);

    /**
     * The rep's {@code most} latest meetings with one contact, most recent end first: what the coach reads on every
     * message, so its cost stays the same however long the history grows.
     */
    default List<Meeting> latestWithContact(WorkspaceId workspace, RepId rep, ContactId contact, int most) {
        return withContact(workspace, rep, contact).stream().limit(most).toList();
    }

    /** All the rep's meetings, most recent end first (a scan of the rep's meetings, for views). */
    List<Meeting> ofRep(WorkspaceId workspace, RepId rep);
}
