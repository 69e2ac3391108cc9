package com.referralcoach.core.port;

import com.referralcoach.core.domain.WorkspaceId;
import java.time.Instant;

/**
 * Whether the bot is still installed in each workspace: one that removed it (or revoked its token) is sent nothing
 * until it is back. Nothing of the workspace's data goes with a removal; only an admin's request erases it.
 */
public interface Installations {
    /** False while {@code workspace} has removed the bot; true for a workspace never seen. */
    boolean active(WorkspaceId workspace);

    /** Records that {@code workspace} removed the bot, and why; true when it was active until now. */
    boolean removed(WorkspaceId workspace, String reason, Instant at);

    /** Records that the bot works in {@code workspace} again; true when it was removed until now. */
    boolean restored(WorkspaceId workspace, Instant at);
}
