package com.referralcoach.core.engine;

import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A message a rep sent the bot, as any adapter hands it over; {@code zoneHint} is the time zone the platform
 * knows for the rep (a Slack profile), used only when the rep is new and has not chosen one.
 */
public record IncomingMessage(WorkspaceId workspace, RepId rep, String repName, String text,
                              Optional<ZoneId> zoneHint) {
    public IncomingMessage {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(rep, "rep");
        Objects.requireNonNull(zoneHint, "zoneHint");
        repName = repName == null ? "" : repName;
        text = text == null ? "" : text;
    }

    public IncomingMessage(WorkspaceId workspace, RepId rep, String repName, String text) {
        this(workspace, rep, repName, text, Optional.empty());
    }
}
