package com.referralcoach.slack;

import com.referralcoach.core.port.DeliveryFailure;
import com.referralcoach.core.reply.Reply;
import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.ActionResponseSender;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.methods.RequestFormBuilder;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.block.LayoutBlock;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every message the bot posts to Slack, paced per channel: a rep's DM (opened once and remembered), a channel
 * or thread (a long reply in several messages), an ephemeral answer, and the in-place update of a message whose
 * button was clicked.
 */
final class SlackOutbox {
    private final SlackCalls calls;
    private final ChannelPacer pacer;
    private final ActionResponseSender responses;
    private final Map<String, String> directChannels = new ConcurrentHashMap<>();

    SlackOutbox(SlackCalls calls, ChannelPacer pacer, Slack slack) {
        this.calls = calls;
        this.pacer = pacer;
        this.responses = new ActionResponseSender(slack);
    }

    CompletableFuture<Void> toRep(String team, String user, Reply reply) {
        return directChannel(team, user).thenCompose(channel -> toChannel(team, channel, Optional.empty(), reply));
    }

    /**
     * Posts the reply in the channel (or thread): a long one as several messages in a row ({@link SlackParts}), each
     * after the one before was taken; once one fails, the rest are not sent and the future fails with it.
     */
    CompletableFuture<Void> toChannel(String team, String channel, Optional<String> threadTs, Reply reply) {
        CompletableFuture<?> previous = CompletableFuture.completedFuture(null);
        for (Reply part : SlackParts.of(reply)) {
            List<LayoutBlock> blocks = BlockKitRenderer.blocks(part, BlockKitRenderer.MESSAGE_BLOCKS);
            String text = BlockKitRenderer.fallbackText(part);
            CompletableFuture<?> before = previous;
            previous = pacer.send(channel, () -> {
                requireSent(before);
                return calls.post(team, "chat.postMessage", RequestFormBuilder.toForm(ChatPostMessageRequest.builder()
                        .channel(channel).text(text).blocks(blocks).threadTs(threadTs.orElse(null)).build()),
                        ChatPostMessageResponse.class);
            });
        }
        return previous.thenApply(r -> null);
    }

    /** Fails a part whose earlier part failed, as that one did but without a wait to retry after. */
    private static void requireSent(CompletableFuture<?> before) {
        if (!before.isCompletedExceptionally()) {
            return;
        }
        Throwable cause = before.handle((ok, failure) -> failure instanceof CompletionException wrapped
                && wrapped.getCause() != null ? wrapped.getCause() : failure).join();
        boolean permanent = cause instanceof DeliveryFailure failure && failure.isPermanent();
        throw new DeliveryFailure("an earlier part of this message was not posted: " + cause.getMessage(),
                Optional.empty(), permanent);
    }

    /** Answers only {@code user}: through the command's response URL, or chat.postEphemeral if that fails. */
    CompletableFuture<Void> ephemeral(String team, String responseUrl, String channel, String user, Reply reply) {
        List<LayoutBlock> blocks = BlockKitRenderer.blocks(reply, BlockKitRenderer.MESSAGE_BLOCKS);
        String text = BlockKitRenderer.fallbackText(reply);
        ActionResponse response = ActionResponse.builder().responseType("ephemeral").text(text).blocks(blocks).build();
        return pacer.send(channel, () -> respond(responseUrl, response)).exceptionallyCompose(failure ->
                pacer.send(channel, () -> {
                    calls.run(team, "chat.postEphemeral", m -> m.chatPostEphemeral(r -> r
                            .channel(channel).user(user).text(text).blocks(blocks)));
                    return null;
                }));
    }

    /** Replaces a message whose button was clicked: its buttons give way to {@code done} and the reply. */
    CompletableFuture<Void> replaceClicked(String team, ClickedMessage clicked, String done, Reply reply) {
        List<LayoutBlock> blocks = new ArrayList<>(clicked.keptBlocks());
        blocks.add(BlockKitRenderer.note(done));
        int room = Math.max(1, BlockKitRenderer.MESSAGE_BLOCKS - blocks.size());
        blocks.addAll(BlockKitRenderer.blocks(reply, room));
        List<LayoutBlock> capped = blocks.subList(Math.max(0, blocks.size() - BlockKitRenderer.MESSAGE_BLOCKS),
                blocks.size());
        String text = BlockKitRenderer.fallbackText(reply);
        if (clicked.ephemeral()) {
            ActionResponse response = ActionResponse.builder().replaceOriginal(true).text(text).blocks(capped).build();
            return pacer.send(clicked.channel(), () -> respond(clicked.responseUrl(), response));
        }
        return pacer.send(clicked.channel(), () -> calls.run(team, "chat.update", m -> m.chatUpdate(r -> r
                .channel(clicked.channel()).ts(clicked.ts()).text(text).blocks(capped)))).thenApply(r -> null);
    }

    /** The rep's DM with the bot: opened with conversations.open the first time, then remembered. */
    CompletableFuture<String> directChannel(String team, String user) {
        String key = team + "/" + user;
        String known = directChannels.get(key);
        if (known != null) {
            return CompletableFuture.completedFuture(known);
        }
        return pacer.send("open:" + user, () -> {
            String channel = calls.run(team, "conversations.open",
                    m -> m.conversationsOpen(r -> r.users(List.of(user))))
                    .getChannel().getId();
            directChannels.put(key, channel);
            return channel;
        });
    }

    private Void respond(String responseUrl, ActionResponse response) {
        if (responseUrl == null || responseUrl.isBlank()) {
            throw DeliveryFailure.temporary("no response URL");
        }
        try {
            int code = responses.send(responseUrl, response).getCode();
            if (code == 429) {
                throw DeliveryFailure.rateLimited(java.time.Duration.ofSeconds(1));
            }
            if (code / 100 != 2) {
                throw DeliveryFailure.temporary("response URL answered HTTP " + code);
            }
            return null;
        } catch (IOException e) {
            throw DeliveryFailure.temporary("response URL failed: " + e.getClass().getSimpleName());
        }
    }
}
