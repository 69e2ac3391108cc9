package com.referralcoach.discord;

import com.referralcoach.core.domain.ChannelRef;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.DeliveryFailure;
import com.referralcoach.core.reply.Attachment;
import com.referralcoach.core.reply.Reply;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * The bot's posts in a server channel (the weekly digest): the reply rendered as in a direct message (a long one in
 * several messages, each sent once the one before was taken; a refused one stops the rest), every attachment a file
 * of the last, nothing that can ping. Only a channel JDA knows in the workspace's own server is posted to; anything
 * else fails permanently before a request is made.
 */
final class ChannelPosts {
    private static final Set<ErrorResponse> NO_ACCESS = EnumSet.of(ErrorResponse.UNKNOWN_CHANNEL,
            ErrorResponse.MISSING_ACCESS, ErrorResponse.MISSING_PERMISSIONS);

    private final BotShards shards;
    private final DiscordRenderer renderer;

    ChannelPosts(BotShards shards, DiscordRenderer renderer) {
        this.shards = shards;
        this.renderer = renderer;
    }

    CompletableFuture<Void> publish(WorkspaceId workspace, ChannelRef channel, Reply message,
                                    List<Attachment> attachments) {
        CompletableFuture<Void> posted = new CompletableFuture<>();
        try {
            Optional<GuildMessageChannel> target = channelIn(workspace, channel);
            if (target.isEmpty() && shards.guild(workspace.value()).isEmpty() && shards.elsewhere(workspace.value())) {
                posted.completeExceptionally(DeliveryFailure.temporary("cannot post in " + describe(channel)
                        + ": server " + workspace.value() + " is on a shard another process runs"));
                return posted;
            }
            if (target.isEmpty()) {
                posted.completeExceptionally(DeliveryFailure.permanent("cannot post in " + describe(channel)
                        + ": it is not a text channel of server " + workspace.value() + " that the bot can see"));
                return posted;
            }
            CompletableFuture<Void> inOrder = CompletableFuture.completedFuture(null);
            for (MessageCreateData part : renderer.published(message, workspace.value(), attachments)) {
                inOrder = inOrder.thenCompose(before -> target.get().sendMessage(part).submit())
                        .thenApply(sent -> null);
            }
            inOrder.whenComplete((done, error) -> {
                if (error == null) {
                    posted.complete(null);
                } else {
                    posted.completeExceptionally(translate(unwrapped(error), workspace, channel));
                }
            });
        } catch (RuntimeException e) {
            posted.completeExceptionally(translate(e, workspace, channel));
        }
        return posted;
    }

    private Optional<GuildMessageChannel> channelIn(WorkspaceId workspace, ChannelRef channel) {
        try {
            return shards.guild(workspace.value())
                    .map(guild -> guild.getChannelById(GuildMessageChannel.class, channel.id()));
        } catch (IllegalArgumentException e) { // not a snowflake
            return Optional.empty();
        }
    }

    private static Throwable unwrapped(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    private static DeliveryFailure translate(Throwable error, WorkspaceId workspace, ChannelRef channel) {
        if (error instanceof ErrorResponseException response && NO_ACCESS.contains(response.getErrorResponse())) {
            return DeliveryFailure.permanent("cannot post in " + describe(channel) + " of server "
                    + workspace.value() + ": Discord says " + response.getMeaning() + " ("
                    + response.getErrorCode() + "); check that the channel exists and the bot may view it, send "
                    + "messages, embed links and attach files there");
        }
        return DiscordPlatform.DeliveryErrors.translate(error);
    }

    private static String describe(ChannelRef channel) {
        return "#" + channel.label() + " (" + channel.id() + ")";
    }
}
