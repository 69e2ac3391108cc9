package com.referralcoach.core.port;

import com.referralcoach.core.domain.Ask;
import com.referralcoach.core.domain.ContactId;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import java.util.List;

/** Every referral ask and its outcome. */
public interface AskLog {
    /** Stores a new ask, durably, before returning; saving the same id twice keeps one. */
    void save(Ask ask);

    /** How many of a rep's latest asks of one person the coach reads before it speaks. */
    int RECENT = 20;

    /** The rep's asks of one contact, most recent first. */
    List<Ask> ofContact(WorkspaceId workspace, RepId rep, ContactId contact);

    /** The rep's {@code most} latest asks of one contact, most recent first. */
    default List<Ask> latestOfContact(WorkspaceId workspace, RepId rep, ContactId contact, int most) {
        return ofContact(workspace, rep, contact).stream().limit(most).toList();
    }
}
