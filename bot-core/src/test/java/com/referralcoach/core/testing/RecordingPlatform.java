package com.referralcoach.core.testing;

import com.referralcoach.core.domain.ChannelRef;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ChatPlatform;
import com.referralcoach.core.port.DeliveryFailure;
import com.referralcoach.core.reply.Attachment;
import com.referralcoach.core.reply.Reply;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** A chat platform that keeps every message it is given, with the clock's time, and always accepts. */
public final class RecordingPlatform implements ChatPlatform {
    /** One message as the platform received it. */
    public record Sent(WorkspaceId workspace, RepId rep, Reply message, Instant at) {
        public String text() {
            return message.text();
        }
    }

    /** One post to a channel, with its attachments. */
    public record Posted(WorkspaceId workspace, ChannelRef channel, Reply message, List<Attachment> attachments,
                         Instant at) {
        public String text() {
            return message.text();
        }
    }

    private final Clock clock;
    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final List<Posted> posted = new CopyOnWriteArrayList<>();

    private final java.util.Set<String> outOfChannels = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public RecordingPlatform(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean serves(WorkspaceId workspace) {
        return true;
    }

    @Override
    public CompletableFuture<Void> send(WorkspaceId workspace, RepId rep, Reply message) {
        sent.add(new Sent(workspace, rep, message, clock.instant()));
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> publish(WorkspaceId workspace, ChannelRef channel, Reply message,
                                           List<Attachment> attachments) {
        if (outOfChannels.contains(channel.id())) {
            return CompletableFuture.failedFuture(DeliveryFailure.notInChannel("not_in_channel"));
        }
        posted.add(new Posted(workspace, channel, message, attachments, clock.instant()));
        return CompletableFuture.completedFuture(null);
    }

    /** Someone invited the bot back to {@code channelId}. */
    public void joinChannel(String channelId) {
        outOfChannels.remove(channelId);
    }

    /** From now on a post to {@code channelId} is refused as a platform refuses a channel the bot is not in. */
    public void leaveChannel(String channelId) {
        outOfChannels.add(channelId);
    }

    public List<Posted> posted() {
        return List.copyOf(posted);
    }

    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    public List<Sent> sentTo(String rep) {
        return sent.stream().filter(s -> s.rep().value().equals(rep)).toList();
    }
}
