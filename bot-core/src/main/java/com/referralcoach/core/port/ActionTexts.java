package com.referralcoach.core.port;

import com.referralcoach.core.domain.WorkspaceId;
import java.util.Optional;

/**
 * The texts behind buttons too long for their platform's button id (Discord allows 100 characters): each is kept
 * under a short key made from the text itself, so a click still works after a restart and the same suggestion
 * kept twice takes one record. Kept per workspace; durable before {@link #keep} returns.
 */
public interface ActionTexts {
    /** The longest key {@link #keep} returns. */
    int KEY_LENGTH = 16;

    /** Keeps {@code text} for {@code workspace} and returns its key (the same key for the same text). */
    String keep(WorkspaceId workspace, String text);

    /** The text kept under {@code key} in {@code workspace}; empty for a key never kept there. */
    Optional<String> recall(WorkspaceId workspace, String key);
}
