package com.referralcoach.core.port;

import com.referralcoach.core.domain.ChannelRef;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.reply.Attachment;
import com.referralcoach.core.reply.Reply;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Every platform running in this process, as one: a message goes to the platform serving its workspace. */
public final class ChatPlatforms implements ChatPlatform {
    private final List<ChatPlatform> platforms;

    public ChatPlatforms(List<ChatPlatform> platforms) {
        this.platforms = List.copyOf(platforms);
    }

    @Override
    public boolean serves(WorkspaceId workspace) {
        return platforms.stream().anyMatch(p -> p.serves(workspace));
    }

    @Override
    public CompletableFuture<Void> send(WorkspaceId workspace, RepId rep, Reply message) {
        for (ChatPlatform platform : platforms) {
            if (platform.serves(workspace)) {
                return platform.send(workspace, rep, message);
            }
        }
        return CompletableFuture.failedFuture(
                DeliveryFailure.permanent("no chat platform in this process serves workspace " + workspace));
    }

    @Override
    public CompletableFuture<Void> publish(WorkspaceId workspace, ChannelRef channel, Reply message,
                                           List<Attachment> attachments) {
        for (ChatPlatform platform : platforms) {
            if (platform.serves(workspace)) {
                return platform.publish(workspace, channel, message, attachments);
            }
        }
        return CompletableFuture.failedFuture(
                DeliveryFailure.permanent("no chat platform in this process serves workspace " + workspace));
    }
}
