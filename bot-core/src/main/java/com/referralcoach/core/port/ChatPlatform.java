package com.referralcoach.core.port;

import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.reply.Reply;
import java.util.concurrent.CompletableFuture;

/** Where the bot's own messages go (reminders, digests): a rep's direct messages on a platform, or the terminal. */
public interface ChatPlatform {
    /** True when this platform serves the workspace. */
    boolean serves(WorkspaceId workspace);

    /**
     * Sends {@code message} to one rep. Completes when the platform accepted it, or exceptionally with a
     * {@link DeliveryFailure} that says whether and when to try again. Never blocks the caller.
     */
    CompletableFuture<Void> send(WorkspaceId workspace, RepId rep, Reply message);
}
