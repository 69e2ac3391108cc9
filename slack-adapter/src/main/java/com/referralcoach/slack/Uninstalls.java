package com.referralcoach.slack;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;

/**
 * A workspace that uninstalls the app ({@code app_uninstalled}) or revokes the bot's token ({@code tokens_revoked}
 * naming a bot token) is sent nothing more until it is back; a revoked user token changes nothing.
 */
final class Uninstalls {
    private Uninstalls() {
    }

    static void register(App app, WorkspaceStanding standing) {
        app.event(AppUninstalledEvent.class, (payload, ctx) -> {
            standing.removed(payload.getTeamId(), AppUninstalledEvent.TYPE_NAME);
            return ctx.ack();
        });
        app.event(TokensRevokedEvent.class, (payload, ctx) -> {
            TokensRevokedEvent.Tokens tokens = payload.getEvent().getTokens();
            if (tokens != null && tokens.getBot() != null && !tokens.getBot().isEmpty()) {
                standing.removed(payload.getTeamId(), TokensRevokedEvent.TYPE_NAME);
            }
            return ctx.ack();
        });
    }
}
