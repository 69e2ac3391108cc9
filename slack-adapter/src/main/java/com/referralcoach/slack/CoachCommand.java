package com.referralcoach.slack;

import com.slack.api.bolt.App;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;

/**
 * {@code /coach <text>} answers only the rep who typed it; {@code /coach} alone opens the form to log a
 * meeting or a referral.
 */
final class CoachCommand {
    static final String NAME = "/coach";

    private CoachCommand() {
    }

    static void register(App app, CoachDesk desk, SlackOutbox outbox, SlackViews views, WorkspaceStanding standing) {
        app.command(NAME, (request, ctx) -> {
            SlashCommandPayload command = request.getPayload();
            String text = SlackText.plain(command.getText());
            standing.heardFrom(command.getTeamId(), ctx);
            if (text.isEmpty()) {
                views.open(command.getTeamId(), command.getUserId(), command.getTriggerId(), CoachModals.chooser());
            } else {
                desk.hear(command.getTeamId(), command.getUserId(), text, reply -> outbox.ephemeral(
                        command.getTeamId(), command.getResponseUrl(), command.getChannelId(), command.getUserId(),
                        reply));
            }
            return ctx.ack();
        });
    }
}
