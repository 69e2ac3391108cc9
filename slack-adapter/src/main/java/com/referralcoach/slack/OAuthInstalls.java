package com.referralcoach.slack;

import com.referralcoach.core.port.Installations;
import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import java.time.Clock;
import java.util.Optional;

/**
 * How the Bolt app is configured for its mode: one workspace's bot token, or installs through OAuth
 * ({@link SlackSettings.OAuth#INSTALL_PATH}, {@link SlackSettings.OAuth#REDIRECT_PATH}) with the installations in the
 * store ({@link StoredInstallations}), the state in a signed cookie ({@link SignedOAuthState}) and rotating tokens refreshed
 * ({@link InstalledBotTokens}). Every setting Bolt would otherwise read from the environment is set here.
 */
final class OAuthInstalls {
    /** The bot scopes an install asks for: those of config/slack-app-manifest.yml. */
    static final String BOT_SCOPES = "app_mentions:read,chat:write,commands,files:read,files:write,im:history,"
            + "im:read,im:write,users:read";

    private OAuthInstalls() {
    }

    static AppConfig config(SlackSettings settings, Slack slack) {
        Optional<SlackSettings.OAuth> oauth = settings.oauth();
        return AppConfig.builder().slack(slack).singleTeamBotToken(settings.botToken().orElse(null))
                .signingSecret(settings.signingSecret().orElse(null)).verificationToken(null)
                .clientId(oauth.map(SlackSettings.OAuth::clientId).orElse(null))
                .clientSecret(oauth.map(SlackSettings.OAuth::clientSecret).orElse(null))
                .redirectUri(oauth.flatMap(SlackSettings.OAuth::redirectUrl).map(Object::toString).orElse(null))
                .scope(oauth.map(o -> BOT_SCOPES).orElse(null)).userScope(null)
                .oauthStartPath(SlackSettings.OAuth.INSTALL_PATH).oauthInstallPath(SlackSettings.OAuth.INSTALL_PATH)
                .oauthCallbackPath(SlackSettings.OAuth.REDIRECT_PATH)
                .oauthRedirectUriPath(SlackSettings.OAuth.REDIRECT_PATH)
                .oauthCompletionUrl(null).oauthCancellationUrl(null).oAuthInstallPageRenderingEnabled(false)
                .allEventsApiAutoAckEnabled(true).build();
    }

    /** The bot token of each workspace: the one given, or each installation's own, refreshed when it is due. */
    static BotTokens tokens(SlackSettings settings, Slack slack, Installations installations, Clock clock) {
        if (settings.oauth().isEmpty()) {
            return BotTokens.single(settings.botToken().orElseThrow());
        }
        return new InstalledBotTokens(installations, slack, settings.oauth().get(), clock);
    }

    /** Serves installs on {@code app} when OAuth is set. */
    static void serve(App app, SlackSettings settings, Installations installations, WorkspaceStanding standing,
                      Clock clock) {
        settings.oauth().ifPresent(oauth -> {
            app.asOAuthApp(true);
            app.service(new StoredInstallations(installations, standing, clock));
            app.service(new SignedOAuthState(oauth.clientSecret(), clock));
        });
    }
}
