package com.referralcoach.slack;

import com.referralcoach.core.reply.Reply;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a request through the Bolt app, and turns its "no handler found" (404) into an ack: Slack shows the rep an
 * error for anything else over HTTP, and Socket Mode would send no ack at all. A click on a button the bot does not
 * know (a message from an older version) is also answered, politely and only to the rep who clicked.
 */
final class NoHandler {
    private static final Logger log = LoggerFactory.getLogger(NoHandler.class);
    static final String OLD_BUTTON = "That button no longer does anything, sorry. Type \"help\" to see what I can do.";

    private final App app;
    private final SlackOutbox outbox;

    NoHandler(App app, SlackOutbox outbox) {
        this.app = app;
        this.outbox = outbox;
    }

    Response run(Request<?> request) throws Exception {
        Response response = app.run(request);
        if (response.getStatusCode() == null || response.getStatusCode() != 404) {
            return response;
        }
        log.info("Acked a Slack {} request that no handler takes", request.getRequestType());
        if (request instanceof BlockActionRequest click) {
            answerOldButton(click.getPayload());
        }
        return Response.ok();
    }

    private void answerOldButton(BlockActionPayload click) {
        BlockActionPayload.Container container = click.getContainer();
        if (container == null || container.getChannelId() == null || click.getUser() == null) {
            return; // App Home or a modal: nowhere to answer only the rep
        }
        String team = Interactions.workspace(click.getTeam() == null ? null : click.getTeam().getId(),
                click.getUser().getTeamId(), click.getEnterprise() == null ? null : click.getEnterprise().getId());
        outbox.ephemeral(team, click.getResponseUrl(), container.getChannelId(), click.getUser().getId(),
                Reply.of(OLD_BUTTON)).whenComplete((ok, failure) -> {
                    if (failure != null) {
                        log.warn("Could not answer a click on an unknown button: {}", failure.getMessage());
                    }
                });
    }
}
