package com.referralcoach.slack;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import java.util.Optional;

/**
 * Events from Slack: a DM to the bot and a mention of it in a channel both go through the chat language and are
 * answered in the same conversation (in the thread if they were in one); opening App Home refreshes it. Each
 * is acked at once, and an event Slack sends again is handled once.
 */
final class MessageEvents {
    private MessageEvents() {
    }

    static void register(App app, CoachDesk desk, SlackOutbox outbox, SeenEvents seen) {
        app.event(MessageEvent.class, (payload, ctx) -> {
            MessageEvent event = payload.getEvent();
            boolean fromRep = "im".equals(event.getChannelType()) && event.getUser() != null
                    && event.getBotId() == null && event.getSubtype() == null;
            if (fromRep && seen.firstTime(payload.getEventId())) {
                Optional<String> thread = Optional.ofNullable(event.getThreadTs());
                desk.hear(payload.getTeamId(), event.getUser(), SlackText.plain(event.getText()),
                        reply -> outbox.toChannel(event.getChannel(), thread, reply));
            }
            return ctx.ack();
        });
        app.event(AppMentionEvent.class, (payload, ctx) -> {
            AppMentionEvent event = payload.getEvent();
            if (event.getUser() != null && event.getBotId() == null && seen.firstTime(payload.getEventId())) {
                String text = SlackText.plain(SlackText.withoutMention(event.getText(), ctx.getBotUserId()));
                Optional<String> thread = Optional.ofNullable(event.getThreadTs());
                desk.hear(payload.getTeamId(), event.getUser(), text,
                        reply -> outbox.toChannel(event.getChannel(), thread, reply));
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
