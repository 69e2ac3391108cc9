package com.referralcoach.core.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A direct message a member wrote before saying which workspace it is for: held until they choose, then handled
 * there. {@code id} is the platform's message id; the answer goes to {@code channel}.
 */
public record HeldMessage(String id, String text, String channel, Instant heardAt) {
    public HeldMessage {
        Ids.requireId(id, "message id");
        Ids.requireId(channel, "channel");
        Objects.requireNonNull(heardAt, "heardAt");
        text = text == null ? "" : text;
    }

    /** The message as one kept in the inbox, now that its workspace is known. */
    public PendingMessage in(String platform, WorkspaceId workspace, RepId rep) {
        return new PendingMessage(platform, workspace, id, rep, text, channel, java.util.Optional.empty(), heardAt);
    }
}
