package com.referralcoach.slack;

import com.referralcoach.core.domain.Installation;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.DeliveryFailure;
import com.referralcoach.core.port.Installations;
import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;
import com.slack.api.token_rotation.TokenRotator;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OAuth mode's bot tokens: each workspace's own, read from its installation (a team of an org-wide install gets its
 * enterprise's). A rotating token due to expire within {@link #AHEAD} (Bolt's {@link TokenRotator} margin) is
 * refreshed first (oauth.v2.access with {@code grant_type=refresh_token}), and the new token, refresh token and
 * expiry are kept before the call goes out. One refresh at a time per workspace in this process. Requests Slack
 * sends are authorised by Bolt, whose own TokenRotator refreshes a due token the same way.
 */
final class InstalledBotTokens implements BotTokens {
    /** How long before its expiry a token is refreshed: Bolt's own margin. */
    static final Duration AHEAD = Duration.ofMillis(TokenRotator.DEFAULT_MILLISECONDS_BEFORE_EXPIRATION);
    private static final Logger log = LoggerFactory.getLogger(InstalledBotTokens.class);

    private final Installations installations;
    private final Slack slack;
    private final SlackSettings.OAuth oauth;
    private final Clock clock;
    private final Map<String, Object> refreshing = new ConcurrentHashMap<>();

    InstalledBotTokens(Installations installations, Slack slack, SlackSettings.OAuth oauth, Clock clock) {
        this.installations = installations;
        this.slack = slack;
        this.oauth = oauth;
        this.clock = clock;
    }

    @Override
    public String of(String team) {
        Installation installation = installed(team);
        if (!due(installation)) {
            return installation.botToken();
        }
        synchronized (refreshing.computeIfAbsent(installation.workspace().value(), k -> new Object())) {
            Installation now = installed(team);
            return due(now) ? refreshed(now).botToken() : now.botToken();
        }
    }

    private Installation installed(String team) {
        Optional<Installation> found = installations.installation(new WorkspaceId(team));
        return found.orElseThrow(() -> DeliveryFailure.workspaceGone("workspace " + team
                + " has no installation of the bot"));
    }

    private boolean due(Installation installation) {
        return installation.refreshToken().isPresent() && installation.expiresAt()
                .map(at -> !clock.instant().plus(AHEAD).isBefore(at)).orElse(false);
    }

    /** Trades the refresh token for a new token, as Bolt's TokenRotator does but on the bot's clock. */
    private Installation refreshed(Installation installation) {
        OAuthV2AccessResponse answer;
        try {
            answer = slack.methods().oauthV2Access(r -> r.clientId(oauth.clientId()).clientSecret(oauth.clientSecret())
                    .grantType("refresh_token").refreshToken(installation.refreshToken().orElseThrow()));
        } catch (IOException | SlackApiException e) {
            log.warn("Could not refresh the bot token of workspace {}: {}", installation.workspace(),
                    e.getClass().getSimpleName());
            throw DeliveryFailure.temporary("the bot token of workspace " + installation.workspace()
                    + " could not be refreshed");
        }
        if (!answer.isOk() || answer.getAccessToken() == null || answer.getRefreshToken() == null) {
            log.warn("Slack refused to refresh the bot token of workspace {}: {}", installation.workspace(),
                    answer.getError());
            throw SlackCalls.answered("oauth.v2.access", answer.getError() == null ? "no_token" : answer.getError());
        }
        Instant expiry = clock.instant().plusSeconds(answer.getExpiresIn() == null ? 0 : answer.getExpiresIn());
        Installation next = installation.refreshed(answer.getAccessToken(), answer.getRefreshToken(), expiry);
        installations.installed(next);
        log.info("Refreshed the bot token of workspace {}; it expires at {}", installation.workspace(), expiry);
        return next;
    }
}
