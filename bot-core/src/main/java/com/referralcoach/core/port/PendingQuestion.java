package com.referralcoach.core.port;

import com.referralcoach.core.domain.RepId;
import com.referralcoach.core.domain.WorkspaceId;
import com.referralcoach.core.language.Command;
import com.referralcoach.core.language.Several;
import com.referralcoach.core.language.Unsure;
import java.time.Instant;
import java.util.Objects;

/**
 * A reading the bot asked one rep to confirm ("Save: meeting with Joe Marx (Talon)? Yes / Change"): the typed
 * {@code reading} to carry out on a yes, what it said, and the message it came from.
 */
public record PendingQuestion(WorkspaceId workspace, RepId rep, Command reading, String summary, String text,
                              Instant askedAt) {
    public PendingQuestion {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(rep, "rep");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(askedAt, "askedAt");
        if (reading instanceof Unsure || reading instanceof Several) {
            throw new IllegalArgumentException("a pending question holds one plain command");
        }
    }
}
