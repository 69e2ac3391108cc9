package com.referralcoach.slack;

import com.slack.api.app_backend.events.payload.Authorization;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.App;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import java.util.List;

/**
 * A workspace that uninstalls the app ({@code app_uninstalled}) or revokes the bot's token ({@code tokens_revoked}
 * naming a bot token) is sent nothing more until it is back, and its installation (with the token) is forgotten; for
 * an org-wide install the organisation's installation goes too. A revoked user token changes nothing.
 */
final class Uninstalls {
    private Uninstalls() {
    }

    static void register(App app, WorkspaceStanding standing) {
        app.event(AppUninstalledEvent.class, (payload, ctx) -> {
            removed(payload, AppUninstalledEvent.TYPE_NAME, standing);
            return ctx.ack();
        });
        app.event(TokensRevokedEvent.class, (payload, ctx) -> {
            TokensRevokedEvent.Tokens tokens = payload.getEvent().getTokens();
            if (tokens != null && tokens.getBot() != null && !tokens.getBot().isEmpty()) {
                removed(payload, TokensRevokedEvent.TYPE_NAME, standing);
            }
            return ctx.ack();
        });
    }

    private static void removed(EventsApiPayload<?> payload, String reason, WorkspaceStanding standing) {
        standing.removed(payload.getTeamId(), reason);
        List<Authorization> authorizations = payload.getAuthorizations();
        if (payload.getEnterpriseId() != null && authorizations != null && authorizations.stream()
                .anyMatch(a -> Boolean.TRUE.equals(a.getIsEnterpriseInstall()))) {
            standing.removed(payload.getEnterpriseId(), reason);
        }
    }
}
