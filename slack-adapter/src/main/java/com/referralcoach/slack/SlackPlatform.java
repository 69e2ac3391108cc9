package com.referralcoach.slack;

import com.referralcoach.core.domain.ChannelRef;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ChatPlatform;
import com.referralcoach.core.port.DeliveryFailure;
import com.referralcoach.core.reply.Attachment;
import com.referralcoach.core.reply.Reply;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * Slack as the way out for reminders and digests: a rep's DM, opened with conversations.open, gets the reply as
 * Block Kit; a channel gets the same rendering, then its files through Slack's external upload.
 * It serves every workspace shaped like a Slack team id (T… or, for org installs, E…): the bot token decides
 * which of them Slack lets it reach.
 */
final class SlackPlatform implements ChatPlatform {
    private static final Pattern TEAM_ID = Pattern.compile("[TE][A-Z0-9]{2,}");

    private final SlackOutbox outbox;
    private final SlackUploads uploads;
    private final WorkspaceStanding standing;

    SlackPlatform(SlackOutbox outbox, SlackUploads uploads, WorkspaceStanding standing) {
        this.outbox = outbox;
        this.uploads = uploads;
        this.standing = standing;
    }

    @Override
    public boolean serves(WorkspaceId workspace) {
        return TEAM_ID.matcher(workspace.value()).matches();
    }

    @Override
    public CompletableFuture<Void> send(WorkspaceId workspace, RepId rep, Reply message) {
        if (!standing.active(workspace.value())) {
            return removed(workspace);
        }
        return watched(workspace, outbox.toRep(workspace.value(), rep.value(), message));
    }

    /**
     * Posts the message in the channel (a long one in several messages), then its files once; fails without
     * uploading if any part of the message was not taken.
     */
    @Override
    public CompletableFuture<Void> publish(WorkspaceId workspace, ChannelRef channel, Reply message,
                                           List<Attachment> attachments) {
        if (!standing.active(workspace.value())) {
            return removed(workspace);
        }
        List<Attachment> files = List.copyOf(attachments);
        return watched(workspace, outbox.toChannel(workspace.value(), channel.id(), Optional.empty(), message)
                .thenCompose(posted -> uploads.share(workspace.value(), channel.id(), files)));
    }

    /** A send Slack refused because the token is dead (revoked, uninstalled) marks the workspace as gone. */
    private CompletableFuture<Void> watched(WorkspaceId workspace, CompletableFuture<Void> send) {
        return send.whenComplete((done, failure) -> {
            Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause instanceof DeliveryFailure refused && refused.isWorkspaceGone()) {
                standing.removed(workspace.value(), refused.getMessage());
            }
        });
    }

    private static CompletableFuture<Void> removed(WorkspaceId workspace) {
        return CompletableFuture.failedFuture(DeliveryFailure.workspaceGone("workspace " + workspace.value()
                + " removed the bot; nothing is sent there until it is back"));
    }
}
