package com.referralcoach.discord;

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
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;

/**
 * The bot's own messages (reminders) on Discord: a direct message with an embed and buttons; when the member's
 * DMs are closed, a post in the configured server channel that mentions (and may ping) only that member; posts
 * with attachments in a server channel (see {@link ChannelPosts}). JDA's request queue waits out rate limits; what
 * still fails is translated into a {@link DeliveryFailure}. It serves the servers of this process's shards and
 * those of shards other processes run: a direct message goes through REST from any process, while a post in a
 * server channel needs the server's own shard, so elsewhere it fails for now and another process takes the retry.
 */
final class DiscordPlatform implements ChatPlatform {
    private final BotShards shards;
    private final DiscordRenderer renderer;
    private final Optional<String> fallbackChannel;
    private final ChannelPosts posts;

    DiscordPlatform(BotShards shards, DiscordRenderer renderer, Optional<String> fallbackChannel) {
        this.shards = shards;
        this.renderer = renderer;
        this.fallbackChannel = fallbackChannel;
        this.posts = new ChannelPosts(shards, renderer);
    }

    @Override
    public boolean serves(WorkspaceId workspace) {
        return shards.guild(workspace.value()).isPresent() || shards.elsewhere(workspace.value());
    }

    @Override
    public CompletableFuture<Void> send(WorkspaceId workspace, RepId rep, Reply message) {
        CompletableFuture<Void> sent = new CompletableFuture<>();
        try {
            shards.any().openPrivateChannelById(rep.value())
                    .flatMap(channel -> channel.sendMessage(renderer.message(message, workspace.value())))
                    .queue(done -> sent.complete(null), error -> {
                        if (DeliveryErrors.dmsClosed(error) && fallbackChannel.isPresent()) {
                            postInServer(workspace, rep, message, sent);
                        } else {
                            sent.completeExceptionally(DeliveryErrors.translate(error));
                        }
                    });
        } catch (RuntimeException e) {
            sent.completeExceptionally(DeliveryErrors.translate(e));
        }
        return sent;
    }

    @Override
    public CompletableFuture<Void> publish(WorkspaceId workspace, ChannelRef channel, Reply message,
                                           List<Attachment> attachments) {
        return posts.publish(workspace, channel, message, attachments);
    }

    private void postInServer(WorkspaceId workspace, RepId rep, Reply message, CompletableFuture<Void> sent) {
        Optional<TextChannel> channel = shards.guild(workspace.value())
                .map(guild -> guild.getTextChannelById(fallbackChannel.get()));
        if (channel.isEmpty() && shards.elsewhere(workspace.value())) {
            sent.completeExceptionally(DeliveryFailure.temporary("member " + rep + " takes no direct messages and "
                    + "server " + workspace + " is on a shard another process runs; that one can post it"));
            return;
        }
        if (channel.isEmpty()) {
            sent.completeExceptionally(DeliveryFailure.permanent("member " + rep + " takes no direct messages and "
                    + "the fallback channel is not in server " + workspace));
            return;
        }
        channel.get().sendMessage(renderer.mentioning(rep.value(), message, workspace.value()))
                .queue(done -> sent.complete(null), error -> sent.completeExceptionally(DeliveryErrors.translate(error)));
    }

    /** Discord's error codes, as the reminder dispatcher understands them. */
    static final class DeliveryErrors {
        private DeliveryErrors() {
        }

        static boolean dmsClosed(Throwable error) {
            return error instanceof ErrorResponseException response
                    && response.getErrorResponse() == ErrorResponse.CANNOT_SEND_TO_USER;
        }

        static DeliveryFailure translate(Throwable error) {
            if (error instanceof ErrorResponseException response) {
                if (response.isServerError()) {
                    return DeliveryFailure.temporary("Discord answered " + response.getErrorCode() + ": "
                            + response.getMeaning());
                }
                return DeliveryFailure.permanent("Discord refused: " + response.getErrorCode() + " "
                        + response.getMeaning());
            }
            if (error instanceof net.dv8tion.jda.api.exceptions.RateLimitedException limited) {
                return DeliveryFailure.rateLimited(java.time.Duration.ofMillis(limited.getRetryAfter()));
            }
            if (error instanceof IllegalArgumentException
                    || error instanceof net.dv8tion.jda.api.exceptions.InsufficientPermissionException) {
                return DeliveryFailure.permanent("cannot send: " + error.getMessage());
            }
            return DeliveryFailure.temporary("could not reach Discord: " + error);
        }
    }
}
