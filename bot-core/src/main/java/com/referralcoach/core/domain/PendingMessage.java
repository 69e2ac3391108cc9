package com.referralcoach.core.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A chat message a platform delivered and the bot acknowledged, kept until the engine has answered it:
 * {@code platform} and {@code id} name it (a Slack event id, unique per platform and workspace), {@code rep}
 * wrote {@code text}, and the answer goes to {@code channel}, in {@code thread} if it was written in one.
 */
public record PendingMessage(String platform, WorkspaceId workspace, String id, RepId rep, String text,
                             String channel, Optional<String> thread, Instant heardAt) {
    public PendingMessage {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(rep, "rep");
        Objects.requireNonNull(thread, "thread");
        Objects.requireNonNull(heardAt, "heardAt");
        Ids.requireId(platform, "platform");
        Ids.requireId(id, "message id");
        Ids.requireId(channel, "channel");
        text = text == null ? "" : text;
    }
}
