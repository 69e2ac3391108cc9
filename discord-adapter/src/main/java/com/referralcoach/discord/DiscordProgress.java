package com.referralcoach.discord;

import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ImportProgress;
import com.referralcoach.core.reply.Reply;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A long import's progress in the member's direct messages: one message, sent at the first step and edited in place
 * at each one after (with no mentions allowed on the edit, which JDA's defaults do not cover), until the member's
 * message has been handled ({@link #finished}); the next import gets a message of its own.
 */
final class DiscordProgress implements ImportProgress {
    private static final Logger log = LoggerFactory.getLogger(DiscordProgress.class);

    private final DiscordRenderer renderer;
    private final Map<String, CompletableFuture<Message>> running = new ConcurrentHashMap<>();
    private volatile BotShards shards;

    DiscordProgress(DiscordRenderer renderer) {
        this.renderer = renderer;
    }

    /** The shards to send through (their listeners, which hand work to the engine, are built first). */
    void connect(BotShards connected) {
        this.shards = connected;
    }

    @Override
    public void update(WorkspaceId workspace, RepId rep, String text) {
        if (shards == null) {
            return;
        }
        // One member's steps come from the one lane running their import, one after the other.
        CompletableFuture<Message> before = running.get(rep.value());
        running.put(rep.value(), before == null ? post(workspace, rep.value(), text)
                : before.thenCompose(message -> edit(workspace, message, text)));
    }

    /** The member's message has been handled: a later import's progress is a new message. */
    void finished(String member) {
        running.remove(member);
    }

    /**
     * Sends the first step. Called on the import's own lane, which waits for the direct messages to be open, so the
     * message is queued on the channel before the import's answer.
     */
    private CompletableFuture<Message> post(WorkspaceId workspace, String member, String text) {
        CompletableFuture<Message> sent;
        try {
            sent = shards.any().openPrivateChannelById(member).complete()
                    .sendMessage(renderer.message(Reply.of(text), workspace.value())).submit();
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        sent.whenComplete((ok, failure) -> {
            if (failure != null) {
                log.warn("Could not send an import's progress to {}: {}", member, failure.getMessage());
            }
        });
        return sent;
    }

    private CompletableFuture<Message> edit(WorkspaceId workspace, Message message, String text) {
        return message.editMessage(MessageEditBuilder.fromCreateData(renderer.message(Reply.of(text),
                        workspace.value())).setAllowedMentions(DiscordRenderer.NO_MENTIONS).build()).submit()
                .handle((edited, failure) -> {
                    if (failure != null) {
                        log.warn("Could not edit an import's progress: {}", failure.getMessage());
                    }
                    return message;
                });
    }
}
