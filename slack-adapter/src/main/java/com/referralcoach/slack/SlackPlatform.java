package com.referralcoach.slack;

import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.port.ChatPlatform;
import com.referralcoach.core.reply.Reply;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * Slack as the way out for reminders: a rep's DM, opened with conversations.open, gets the reply as Block Kit.
 * It serves every workspace shaped like a Slack team id (T… or, for org installs, E…): the bot token decides
 * which of them Slack lets it reach.
 */
final class SlackPlatform implements ChatPlatform {
    private static final Pattern TEAM_ID = Pattern.compile("[TE][A-Z0-9]{2,}");

    private final SlackOutbox outbox;

    SlackPlatform(SlackOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public boolean serves(WorkspaceId workspace) {
        return TEAM_ID.matcher(workspace.value()).matches();
    }

    @Override
    public CompletableFuture<Void> send(WorkspaceId workspace, RepId rep, Reply message) {
        return outbox.toRep(rep.value(), message);
    }
}
