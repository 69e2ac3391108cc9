package com.referralcoach.core.port;

import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.Meeting;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import java.util.List;

/** Every meeting a rep logged. */
public interface MeetingLog {
    /** Stores a new meeting, durably, before returning; saving the same id twice keeps one. */
    void save(Meeting meeting);

    /** The rep's meetings with one contact, most recent end first. */
    List<Meeting> withContact(WorkspaceId workspace, RepId rep, ContactId contact);
}
