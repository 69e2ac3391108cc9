package com.referralcoach.slack;

import com.referralcoach.core.ReferralCoachException;
import java.net.URI;
import java.util.Optional;

/**
 * The app's credentials for installs through OAuth (Basic Information, App Credentials): the client id and secret,
 * and the redirect URL when the app has several (else Slack uses its only one). The secret never appears in
 * {@link #toString()}.
 */
public record SlackOAuth(String clientId, String clientSecret, Optional<URI> redirectUrl) {
    /** Where an installer starts, and where Slack sends them back. */
    public static final String INSTALL_PATH = "/slack/install";
    public static final String REDIRECT_PATH = "/slack/oauth_redirect";

    public SlackOAuth {
        if (clientId == null || clientId.isBlank()) {
            throw new ReferralCoachException("SLACK_CLIENT_ID is required for installs through OAuth");
        }
        if (clientSecret == null || clientSecret.isBlank()) {
            throw new ReferralCoachException("SLACK_CLIENT_ID needs SLACK_CLIENT_SECRET (Basic Information, App "
                    + "Credentials) for installs through OAuth");
        }
        redirectUrl.filter(url -> !url.isAbsolute() || !url.getPath().endsWith(REDIRECT_PATH)).ifPresent(url -> {
            throw new ReferralCoachException("SLACK_REDIRECT_URL=" + url + " must be a full URL ending in "
                    + REDIRECT_PATH);
        });
    }

    @Override
    public String toString() {
        return "SlackOAuth[clientId=" + clientId + redirectUrl.map(url -> ", redirectUrl=" + url).orElse("") + "]";
    }
}
