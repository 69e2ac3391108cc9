package com.referralcoach.slack;

import com.referralcoach.core.ReferralCoachException;
import java.net.URI;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How to reach Slack: one workspace's bot token (single-token mode) or the app's OAuth credentials (many
 * workspaces, each installing the app), then either the app-level token (Socket Mode) or the signing secret and a
 * port (HTTP mode), and the Web API's base URL. OAuth needs HTTP mode. Secrets never appear in {@link #toString()}.
 */
public record SlackSettings(Optional<String> botToken, Optional<String> appToken, Optional<String> signingSecret,
                            OptionalInt httpPort, URI apiUrl, Optional<OAuth> oauth) {
    /** Slack's own Web API. */
    public static final URI SLACK_API = URI.create("https://slack.com/api/");

    /**
     * The app's credentials for installs through OAuth (Basic Information, App Credentials): the client id and secret,
     * and the redirect URL when the app has several (else Slack uses its only one). The secret never appears in
     * {@link #toString()}.
     */
    public record OAuth(String clientId, String clientSecret, Optional<URI> redirectUrl) {
        /** Where an installer starts, and where Slack sends them back. */
        public static final String INSTALL_PATH = "/slack/install";
        public static final String REDIRECT_PATH = "/slack/oauth_redirect";

        public OAuth {
            if (clientId == null || clientId.isBlank()) {
                throw new ReferralCoachException("SLACK_CLIENT_ID is required for installs through OAuth");
            }
            if (clientSecret == null || clientSecret.isBlank()) {
                throw new ReferralCoachException("SLACK_CLIENT_ID needs SLACK_CLIENT_SECRET (Basic Information, App "
                        + "Credentials) for installs through OAuth");
            }
            redirectUrl.filter(url -> url.getHost() == null || url.getPath() == null
                    || !url.getPath().endsWith(REDIRECT_PATH)).ifPresent(url -> {
                throw new ReferralCoachException("SLACK_REDIRECT_URL=" + url + " must be a full URL ending in "
                        + REDIRECT_PATH);
            });
        }

        @Override
        public String toString() {
            return "OAuth[clientId=" + clientId + redirectUrl.map(url -> ", redirectUrl=" + url).orElse("") + "]";
        }
    }

    /** How Slack reaches the bot. */
    public enum Mode { SOCKET, HTTP }

    public SlackSettings {
        botToken = botToken.filter(token -> !token.isBlank());
        if (botToken.isPresent() && oauth.isPresent()) {
            throw new ReferralCoachException("SLACK_BOT_TOKEN and SLACK_CLIENT_ID are both set: keep SLACK_BOT_TOKEN"
                    + " for one workspace, or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET for many, not both");
        }
        if (botToken.isEmpty() && oauth.isEmpty()) {
            throw new ReferralCoachException("SLACK_BOT_TOKEN is required for Slack");
        }
        if (oauth.isPresent() && httpPort.isEmpty()) {
            throw new ReferralCoachException("installs through OAuth (SLACK_CLIENT_ID) need HTTP mode: set "
                    + "SLACK_SIGNING_SECRET and SLACK_HTTP_PORT");
        }
        String url = apiUrl.toString();
        apiUrl = url.endsWith("/") ? apiUrl : URI.create(url + "/");
        if (httpPort.isPresent()) {
            if (signingSecret.isEmpty()) {
                throw new ReferralCoachException("SLACK_HTTP_PORT needs SLACK_SIGNING_SECRET to check Slack's requests");
            }
            if (httpPort.getAsInt() < 0 || httpPort.getAsInt() > 65535) {
                throw new ReferralCoachException("SLACK_HTTP_PORT=" + httpPort.getAsInt() + " is not a port");
            }
        } else if (appToken.isEmpty()) {
            throw new ReferralCoachException("Slack needs SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET and "
                    + "SLACK_HTTP_PORT (HTTP mode)");
        }
    }

    /** One workspace's bot token, in Socket Mode or HTTP mode as the other settings say. */
    public SlackSettings(String botToken, Optional<String> appToken, Optional<String> signingSecret,
                         OptionalInt httpPort, URI apiUrl) {
        this(Optional.ofNullable(botToken), appToken, signingSecret, httpPort, apiUrl, Optional.empty());
    }

    /** Many workspaces installing the app through OAuth, in HTTP mode on {@code httpPort}. */
    public static SlackSettings installable(OAuth oauth, String signingSecret, int httpPort, URI apiUrl) {
        return new SlackSettings(Optional.empty(), Optional.empty(), Optional.of(signingSecret),
                OptionalInt.of(httpPort), apiUrl, Optional.of(oauth));
    }

    /** Socket Mode unless an HTTP port is set. */
    public Mode mode() {
        return httpPort.isPresent() ? Mode.HTTP : Mode.SOCKET;
    }

    @Override
    public String toString() {
        return "SlackSettings[mode=" + mode() + oauth.map(o -> ", " + o).orElse("") + ", apiUrl=" + apiUrl
                + (httpPort.isPresent() ? ", httpPort=" + httpPort.getAsInt() : "") + "]";
    }
}
