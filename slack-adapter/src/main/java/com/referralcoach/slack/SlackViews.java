package com.referralcoach.slack;

import com.referralcoach.core.reply.Reply;
import com.slack.api.methods.RequestFormBuilder;
import com.slack.api.methods.request.views.ViewsPublishRequest;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.view.View;
import com.slack.api.model.view.Views;
import java.util.concurrent.CompletableFuture;

/** The views the bot shows: modals opened from a trigger, a modal's next step, and a rep's App Home. */
final class SlackViews {
    private final SlackCalls calls;
    private final ChannelPacer pacer;

    SlackViews(SlackCalls calls, ChannelPacer pacer) {
        this.calls = calls;
        this.pacer = pacer;
    }

    CompletableFuture<Void> open(String team, String user, String triggerId, View modal) {
        return pacer.send("views:" + user, () -> calls.run(team, "views.open", m -> m.viewsOpen(r -> r
                .triggerId(triggerId).view(modal)))).thenApply(r -> null);
    }

    CompletableFuture<Void> update(String team, String user, String viewId, String hash, View modal) {
        return pacer.send("views:" + user, () -> calls.run(team, "views.update", m -> m.viewsUpdate(r -> r
                .viewId(viewId).hash(hash).view(modal)))).thenApply(r -> null);
    }

    /** Publishes {@code home} as the rep's App Home, now ({@link HomeRefreshes} keeps the pace). */
    void publishHome(String team, String user, Reply home) {
        View view = Views.view(v -> v.type("home").blocks(BlockKitRenderer.blocks(home, BlockKitRenderer.VIEW_BLOCKS)));
        calls.post(team, "views.publish", RequestFormBuilder.toForm(ViewsPublishRequest.builder()
                .userId(user).view(view).build()), ViewsPublishResponse.class);
    }
}
