package com.referralcoach.slack;

import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ImportProgress;
import com.referralcoach.core.reply.Reply;
import com.slack.api.methods.RequestFormBuilder;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A long import's progress in the rep's DM: one message, posted at the first step and updated in place
 * (chat.update) at each one after, until the rep's message has been handled ({@link #finished}); the next import
 * gets a message of its own. The first step is queued on the DM's lane before the import's answer.
 */
final class SlackProgress implements ImportProgress {
    private static final Logger log = LoggerFactory.getLogger(SlackProgress.class);

    /** The progress message as Slack took it. */
    private record Posted(String team, String channel, String ts) {
    }

    private final SlackCalls calls;
    private final ChannelPacer pacer;
    private final SlackOutbox outbox;
    private final Map<String, CompletableFuture<Posted>> running = new ConcurrentHashMap<>();

    SlackProgress(SlackCalls calls, ChannelPacer pacer, SlackOutbox outbox) {
        this.calls = calls;
        this.pacer = pacer;
        this.outbox = outbox;
    }

    @Override
    public void update(WorkspaceId workspace, RepId rep, String text) {
        // One rep's steps come from the one thread running their import, one after the other.
        String key = key(workspace.value(), rep.value());
        CompletableFuture<Posted> before = running.get(key);
        running.put(key, before == null ? post(workspace.value(), rep.value(), text)
                : before.thenCompose(posted -> edit(posted, text)));
    }

    /** The rep's message has been handled: a later import's progress is a new message. */
    void finished(String team, String user) {
        running.remove(key(team, user));
    }

    /**
     * Posts the first step. Called on the import's own thread, which waits for the DM to be known, so the post is
     * queued on the DM's lane before the import's answer.
     */
    private CompletableFuture<Posted> post(String team, String user, String text) {
        List<LayoutBlock> blocks = BlockKitRenderer.blocks(Reply.of(text), BlockKitRenderer.MESSAGE_BLOCKS);
        CompletableFuture<Posted> posted;
        try {
            String channel = outbox.directChannel(team, user).join();
            posted = pacer.send(channel, () -> calls.post(team, "chat.postMessage", RequestFormBuilder.toForm(
                    ChatPostMessageRequest.builder().channel(channel).text(text).blocks(blocks).build()),
                    ChatPostMessageResponse.class)).thenApply(response -> new Posted(team, channel, response.getTs()));
        } catch (RuntimeException e) {
            posted = CompletableFuture.failedFuture(e);
        }
        posted.whenComplete((ok, failure) -> {
            if (failure != null) {
                log.warn("Could not post an import's progress to {}: {}", user, failure.getMessage());
            }
        });
        return posted;
    }

    private CompletableFuture<Posted> edit(Posted posted, String text) {
        List<LayoutBlock> blocks = BlockKitRenderer.blocks(Reply.of(text), BlockKitRenderer.MESSAGE_BLOCKS);
        return pacer.send(posted.channel(), () -> calls.run(posted.team(), "chat.update", m -> m.chatUpdate(r -> r
                .channel(posted.channel()).ts(posted.ts()).text(text).blocks(blocks)))).handle((ok, failure) -> {
                    if (failure != null) {
                        log.warn("Could not update an import's progress in {}: {}", posted.channel(),
                                failure.getMessage());
                    }
                    return posted;
                });
    }

    private static String key(String team, String user) {
        return team + "/" + user;
    }
}
