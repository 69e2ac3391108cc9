package com.referralcoach.core.port;

import com.referralcoach.core.domain.HeldMessage;
import com.referralcoach.core.domain.MemberHome;
import com.referralcoach.core.domain.WorkspaceId;
import java.util.Collection;
import java.util.List;

/**
 * Where a member's direct messages belong, on a platform whose direct messages name no workspace (Discord): the
 * workspaces where they used the bot, the one they chose, and what they wrote before choosing. Kept by platform
 * and member id, the one record keyed across workspaces, since a direct message has none yet. Every change is
 * durable before the call returns, so a restart asks nobody again.
 */
public interface MemberHomes {
    /** The most messages held for one member; a member who writes more is asked to choose first. */
    int HELD_LIMIT = 20;

    /** What is known of {@code member}: {@link MemberHome#UNKNOWN} for one never seen. */
    MemberHome of(String platform, String member);

    /** Remembers that {@code member} used the bot in {@code workspace}. */
    void used(String platform, String member, WorkspaceId workspace);

    /** Remembers {@code workspace} as the one for their direct messages (and as one they used). */
    void choose(String platform, String member, WorkspaceId workspace);

    /** Holds a message written before choosing, after the ones held already; false when {@link #HELD_LIMIT} wait. */
    boolean hold(String platform, String member, HeldMessage message);

    /** The messages held, oldest first. */
    List<HeldMessage> held(String platform, String member);

    /** Forgets the held messages with these ids (once they are kept elsewhere); others stay held. */
    void release(String platform, String member, Collection<String> messageIds);
}
