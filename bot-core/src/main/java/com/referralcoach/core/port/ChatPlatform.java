package com.referralcoach.core.port;

import com.referralcoach.core.domain.ChannelRef;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.reply.Attachment;
import com.referralcoach.core.reply.Reply;

import java.util.List;
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

    /**
     * Posts {@code message} with its attachments (a chart) to a channel of the workspace, the platform's way.
     * Completes when the platform accepted all of it, or exceptionally with a {@link DeliveryFailure}.
     */
    default CompletableFuture<Void> publish(WorkspaceId workspace, ChannelRef channel, Reply message,
                                            List<Attachment> attachments) {
        return CompletableFuture.failedFuture(DeliveryFailure.permanent("this platform cannot post to channels"));
    }
}
