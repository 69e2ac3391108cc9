package com.referralcoach.core.engine;

import com.referralcoach.core.coaching.Moments;
import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.WorkspaceId;
import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * The rep a message came from, the moment it is handled (in the rep's zone), its original text, and whether the
 * platform calls the sender a workspace admin.
 */
record Conversation(Rep rep, ZonedDateTime now, String text, boolean admin) {
    Conversation(Rep rep, ZonedDateTime now, String text) {
        this(rep, now, text, false);
    }

    WorkspaceId workspace() {
        return rep.workspace();
    }

    Instant instant() {
        return now.toInstant();
    }

    Moments moments() {
        return new Moments(now);
    }
}
