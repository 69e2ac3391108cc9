package com.referralcoach.app;

import com.referralcoach.core.ReferralCoachException;
import com.referralcoach.core.engine.BotEngine;
import com.referralcoach.core.port.ChatPlatform;
import com.referralcoach.core.port.FileRoutes;
import com.referralcoach.core.port.EventLedger;
import com.referralcoach.core.port.Installations;
import com.referralcoach.core.port.MessageInbox;
import com.referralcoach.slack.SlackBot;
import com.referralcoach.slack.SlackSettings;
import java.net.URI;
import java.time.Clock;
import java.util.Deque;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts Slack when SLACK_BOT_TOKEN (one workspace: Socket Mode with SLACK_APP_TOKEN, HTTP mode with SLACK_HTTP_PORT)
 * or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET (many workspaces installing through OAuth, HTTP mode) are set.
 */
final class SlackStart {
    private static final Logger log = LoggerFactory.getLogger(SlackStart.class);

    private SlackStart() {
    }

    static Optional<ChatPlatform> start(Settings settings, BotEngine engine, MessageInbox inbox,
                                        Installations installations, EventLedger events, FileRoutes files,
                                        Clock clock, Deque<AutoCloseable> open, PlatformChecks checks) {
        Optional<SlackSettings> wanted = settings(settings);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        SlackSettings slack = wanted.get();
        SlackBot bot = SlackBot.start(slack, engine, inbox, installations, clock, files, events);
        open.push(bot);
        checks.add("slack", bot::connected);
        log.info("Slack is connected: {}", bot);
        return Optional.of(bot);
    }

    /** Slack's settings, checked (a wrong one is named in one line); empty when Slack is not set up. */
    static Optional<SlackSettings> settings(Settings settings) {
        Optional<String> clientId = settings.get("SLACK_CLIENT_ID");
        Optional<String> clientSecret = settings.get("SLACK_CLIENT_SECRET");
        if (clientSecret.isPresent() && clientId.isEmpty()) {
            throw new ReferralCoachException("SLACK_CLIENT_SECRET needs SLACK_CLIENT_ID (Basic Information, App "
                    + "Credentials) for installs through OAuth");
        }
        Optional<SlackSettings.OAuth> oauth = clientId.map(id -> new SlackSettings.OAuth(id, clientSecret.orElse(""),
                settings.get("SLACK_REDIRECT_URL").map(SlackStart::redirectUrl)));
        Optional<String> botToken = settings.get("SLACK_BOT_TOKEN");
        if (botToken.isEmpty() && oauth.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SlackSettings(botToken, settings.get("SLACK_APP_TOKEN"),
                settings.get("SLACK_SIGNING_SECRET"), port(settings.get("SLACK_HTTP_PORT")),
                URI.create(settings.get("SLACK_API_URL").orElse(SlackSettings.SLACK_API.toString())), oauth));
    }

    private static URI redirectUrl(String value) {
        try {
            return new URI(value);
        } catch (java.net.URISyntaxException e) {
            throw new ReferralCoachException("SLACK_REDIRECT_URL=" + value + " must be a full URL ending in "
                    + SlackSettings.OAuth.REDIRECT_PATH);
        }
    }

    private static OptionalInt port(Optional<String> value) {
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(value.get()));
        } catch (NumberFormatException e) {
            throw new ReferralCoachException("SLACK_HTTP_PORT=" + value.get() + " is not a port number");
        }
    }
}
