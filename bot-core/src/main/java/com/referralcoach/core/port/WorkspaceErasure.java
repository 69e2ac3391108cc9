package com.referralcoach.core.port;

import com.referralcoach.core.domain.RepId;
import java.time.Instant;
import java.util.Objects;

/**
 * A workspace's erasure as the store marks it: confirmed once by {@code by} at {@code at}, or already started (then
 * only finishing it is left, whoever asks).
 */
public record WorkspaceErasure(RepId by, Instant at, boolean started) {
    public WorkspaceErasure {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
