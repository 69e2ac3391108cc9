package com.referralcoach.slack;

import com.referralcoach.core.ReferralCoachException;
import com.referralcoach.core.domain.PendingMessage;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Events from Slack: a DM to the bot and a mention of it in a channel both go through the chat language and are
 * answered in the same conversation (in the thread if they were in one); opening App Home refreshes it. Each
 * is kept in the inbox and acked at once, and an event Slack sends again is handled once.
 */
final class MessageEvents {
    private static final Logger log = LoggerFactory.getLogger(MessageEvents.class);

    private MessageEvents() {
    }

    /**
     * The message as the inbox keeps it, heard now (so messages are answered again in the order they came). An
     * event without an id (Slack always sends one) gets one from its channel and the message's timestamp.
     */
    private static Optional<PendingMessage> pending(Clock clock, String team, String eventId, String user,
                                                    String text, String channel, String ts, String threadTs) {
        String id = eventId != null ? eventId : channel + "/" + ts;
        try {
            return Optional.of(new PendingMessage(CoachDesk.PLATFORM, new WorkspaceId(team), id, new RepId(user),
                    text, channel, Optional.ofNullable(threadTs), clock.instant()));
        } catch (ReferralCoachException e) {
            log.warn("Ignored a Slack message event that names no team or channel: {}", e.getMessage());
            return Optional.empty();
        }
    }

    static void register(App app, CoachDesk desk, SlackOutbox outbox, SeenEvents seen, Clock clock) {
        app.event(MessageEvent.class, (payload, ctx) -> {
            MessageEvent event = payload.getEvent();
            boolean fromRep = "im".equals(event.getChannelType()) && event.getUser() != null
                    && event.getBotId() == null && event.getSubtype() == null;
            if (fromRep && seen.firstTime(payload.getEventId())) {
                pending(clock, payload.getTeamId(), payload.getEventId(), event.getUser(),
                        SlackText.plain(event.getText()), event.getChannel(), event.getTs(), event.getThreadTs())
                        .ifPresent(message -> desk.heard(message, outbox));
            }
            return ctx.ack();
        });
        app.event(AppMentionEvent.class, (payload, ctx) -> {
            AppMentionEvent event = payload.getEvent();
            if (event.getUser() != null && event.getBotId() == null && seen.firstTime(payload.getEventId())) {
                String text = SlackText.plain(SlackText.withoutMention(event.getText(), ctx.getBotUserId()));
                pending(clock, payload.getTeamId(), payload.getEventId(), event.getUser(), text,
                        event.getChannel(), event.getTs(), event.getThreadTs())
                        .ifPresent(message -> desk.heard(message, outbox));
            }
            return ctx.ack();
        });
        app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
            AppHomeOpenedEvent event = payload.getEvent();
            if ("home".equals(event.getTab()) && seen.firstTime(payload.getEventId())) {
                desk.refreshHome(payload.getTeamId(), event.getUser());
            }
            return ctx.ack();
        });
    }
}
