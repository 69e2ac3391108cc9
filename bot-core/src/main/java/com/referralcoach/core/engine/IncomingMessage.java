package com.referralcoach.core.engine;

import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A message a rep sent the bot, as any adapter hands it over; {@code zoneHint} is the time zone the platform
 * knows for the rep (a Slack profile), used only when the rep is new and has not chosen one.
 * {@code workspaceAdmin} is what the platform says of the sender (a Slack admin or owner, a Discord member with
 * Manage Server, the local terminal user): only admins name managers.
 */
public record IncomingMessage(WorkspaceId workspace, RepId rep, String repName, String text,
                              Optional<ZoneId> zoneHint, boolean workspaceAdmin) {
    public IncomingMessage {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(rep, "rep");
        Objects.requireNonNull(zoneHint, "zoneHint");
        repName = repName == null ? "" : repName;
        text = text == null ? "" : text;
    }

    /** A message from someone the platform does not call an admin. */
    public IncomingMessage(WorkspaceId workspace, RepId rep, String repName, String text,
                           Optional<ZoneId> zoneHint) {
        this(workspace, rep, repName, text, zoneHint, false);
    }

    public IncomingMessage(WorkspaceId workspace, RepId rep, String repName, String text) {
        this(workspace, rep, repName, text, Optional.empty(), false);
    }

    /** The same message, from a workspace admin. */
    public IncomingMessage fromAdmin() {
        return new IncomingMessage(workspace, rep, repName, text, zoneHint, true);
    }
}
