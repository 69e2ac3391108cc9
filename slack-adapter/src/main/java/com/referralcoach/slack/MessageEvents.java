package com.referralcoach.slack;

import com.referralcoach.core.ReferralCoachException;
import com.referralcoach.core.domain.PendingMessage;
import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.inbox.SeenEvents;
import com.referralcoach.core.reply.Reply;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import com.slack.api.model.File;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Events from Slack: a DM to the bot and a mention of it in a channel both go through the chat language and are
 * answered in the same conversation (in the thread if they were in one); opening App Home refreshes it. Each
 * is kept in the inbox and acked at once, and an event Slack sends again is handled once. A DM with a file
 * ({@code file_share}, or files on a plain message) or a thread reply also sent to the conversation ({@code thread_broadcast}) is a message like
 * any other, and the file is handed to the engine's import preview (a CSV or a .vcf of contacts; anything else is
 * refused there with the reason). One file is read per message. Slackbot ({@value #SLACKBOT}) is ignored like a bot.
 */
final class MessageEvents {
    private static final Logger log = LoggerFactory.getLogger(MessageEvents.class);
    /** Slackbot's user id: it writes in the bot's DM (tips, reminders) but is no rep. */
    static final String SLACKBOT = "USLACKBOT";
    static final String ONE_FILE_AT_A_TIME = "I read one file at a time, so I looked only at %s. Send the others one"
            + " by one once this one is done.";

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
            return Optional.of(new PendingMessage(SlackBot.PLATFORM, new WorkspaceId(team), id, new RepId(user),
                    text, channel, Optional.ofNullable(threadTs), clock.instant()));
        } catch (ReferralCoachException e) {
            log.warn("Ignored a Slack message event that names no team or channel: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** A message in the bot's DM, whatever its subtype: who wrote it, what, and where. */
    private record DirectMessage(String channelType, String user, String botId, String text, String channel,
                                 String ts, String threadTs, List<File> files) {
        boolean fromRep() {
            return "im".equals(channelType) && user != null && botId == null && !SLACKBOT.equals(user);
        }
    }

    static void register(App app, CoachDesk desk, SlackOutbox outbox, SeenEvents seen, Clock clock,
                         WorkspaceStanding standing) {
        app.event(MessageEvent.class, (payload, ctx) -> {
            MessageEvent e = payload.getEvent();
            if (e.getSubtype() == null) {
                direct(payload.getTeamId(), payload.getEventId(), new DirectMessage(e.getChannelType(), e.getUser(),
                        e.getBotId(), e.getText(), e.getChannel(), e.getTs(), e.getThreadTs(),
                        sharedFiles(e.getFiles())),
                        desk, outbox, seen, clock, standing, ctx);
            }
            return ctx.ack();
        });
        app.event(MessageFileShareEvent.class, (payload, ctx) -> {
            MessageFileShareEvent e = payload.getEvent();
            direct(payload.getTeamId(), payload.getEventId(), new DirectMessage(e.getChannelType(), e.getUser(),
                    null, e.getText(), e.getChannel(), e.getTs(), e.getThreadTs(), sharedFiles(e.getFiles())),
                    desk, outbox, seen, clock, standing, ctx);
            return ctx.ack();
        });
        app.event(MessageThreadBroadcastEvent.class, (payload, ctx) -> {
            MessageThreadBroadcastEvent e = payload.getEvent();
            direct(payload.getTeamId(), payload.getEventId(), new DirectMessage(e.getChannelType(), e.getUser(),
                    null, e.getText(), e.getChannel(), e.getTs(), e.getThreadTs(), List.of()),
                    desk, outbox, seen, clock, standing, ctx);
            return ctx.ack();
        });
        app.event(AppMentionEvent.class, (payload, ctx) -> {
            AppMentionEvent event = payload.getEvent();
            if (event.getUser() != null && event.getBotId() == null && !SLACKBOT.equals(event.getUser())
                    && seen.firstTime(payload.getEventId())) {
                standing.heardFrom(payload.getTeamId(), ctx);
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
                standing.reachedThrough(payload.getTeamId(), ctx);
                desk.homeOpened(payload.getTeamId(), event.getUser());
            }
            return ctx.ack();
        });
    }

    private static void direct(String team, String eventId, DirectMessage dm, CoachDesk desk, SlackOutbox outbox,
                               SeenEvents seen, Clock clock, WorkspaceStanding standing, EventContext ctx) {
        if (!dm.fromRep() || !seen.firstTime(eventId)) {
            return;
        }
        standing.heardFrom(team, ctx);
        // Slack sends no app_mention for a DM: a rep who @-mentions the bot there gets it in the text.
        String text = SlackText.plain(SlackText.withoutMention(dm.text(), ctx.getBotUserId()));
        if (!text.isEmpty() || dm.files().isEmpty()) {
            pending(clock, team, eventId, dm.user(), text, dm.channel(), dm.ts(), dm.threadTs())
                    .ifPresent(message -> desk.heard(message, outbox));
        }
        if (dm.files().isEmpty()) {
            return;
        }
        Optional<String> thread = Optional.ofNullable(dm.threadTs());
        File first = dm.files().get(0);
        String name = first.getName() != null && !first.getName().isBlank() ? first.getName() : first.getId();
        desk.importShared(team, dm.user(), first.getId(), name, reply -> outbox.toChannel(team, dm.channel(), thread,
                dm.files().size() == 1 ? reply
                : Reply.joined(List.of(reply,
                        Reply.of(String.format(ONE_FILE_AT_A_TIME, name))))));
    }

    /** The files of a file share that can be looked up (each has an id). */
    private static List<File> sharedFiles(List<File> files) {
        return files == null ? List.of() : files.stream().filter(f -> f != null && f.getId() != null).toList();
    }
}
