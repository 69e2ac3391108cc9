package com.referralcoach.core.port;

import com.referralcoach.core.domain.Installation;
import com.referralcoach.core.domain.WorkspaceId;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether the bot is still installed in each workspace, and, for a platform installed through OAuth, the bot's
 * token there: one that removed the bot (or revoked its token) is sent nothing until it is back, and its token is
 * forgotten. Nothing of the workspace's data goes with a removal; only an admin's request erases it.
 */
public interface Installations {
    /** False while {@code workspace} has removed the bot; true for a workspace never seen. */
    boolean active(WorkspaceId workspace);

    /** Records that {@code workspace} removed the bot, and why, and forgets its token; true when it was active. */
    boolean removed(WorkspaceId workspace, String reason, Instant at);

    /** Records that the bot works in {@code workspace} again; true when it was removed until now. */
    boolean restored(WorkspaceId workspace, Instant at);

    /** Keeps {@code installation} (a new install, or a refreshed token) under its workspace, which is active again. */
    void installed(Installation installation);

    /**
     * The installation kept under {@code workspace} (a team, or an enterprise installed org-wide), or, for a team
     * {@link #joined} to an org-wide installation, that one; empty once the workspace removed the bot.
     */
    Optional<Installation> installation(WorkspaceId workspace);

    /** Records that {@code team} is reached through the org-wide installation of {@code enterprise}. */
    void joined(WorkspaceId team, WorkspaceId enterprise);
}
