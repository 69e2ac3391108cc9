package com.referralcoach.core.engine;

import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import java.util.Objects;

/** A message a rep sent the bot, as any adapter hands it over. */
public record IncomingMessage(WorkspaceId workspace, RepId rep, String repName, String text) {
    public IncomingMessage {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(rep, "rep");
        repName = repName == null ? "" : repName;
        text = text == null ? "" : text;
    }
}
