package com.referralcoach.slack;

import com.referralcoach.core.ReferralCoachException;
import java.net.URI;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How to reach Slack: the bot token, then either the app-level token (Socket Mode) or the signing secret and a
 * port (HTTP mode), and the Web API's base URL. Secrets never appear in {@link #toString()}.
 */
public record SlackSettings(String botToken, Optional<String> appToken, Optional<String> signingSecret,
                            OptionalInt httpPort, URI apiUrl) {
    /** Slack's own Web API. */
    public static final URI SLACK_API = URI.create("https://slack.com/api/");

    /** How Slack reaches the bot. */
    public enum Mode { SOCKET, HTTP }

    public SlackSettings {
        if (botToken == null || botToken.isBlank()) {
            throw new ReferralCoachException("SLACK_BOT_TOKEN is required for Slack");
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

    /** Socket Mode unless an HTTP port is set. */
    public Mode mode() {
        return httpPort.isPresent() ? Mode.HTTP : Mode.SOCKET;
    }

    @Override
    public String toString() {
        return "SlackSettings[mode=" + mode() + ", apiUrl=" + apiUrl
                + (httpPort.isPresent() ? ", httpPort=" + httpPort.getAsInt() : "") + "]";
    }
}
