package com.referralcoach.core.domain;

import java.util.Objects;

/** A platform channel the bot posts to: its id there ("C0123", "1234567890") and the name people know it by. */
public record ChannelRef(String id, String label) {
    public ChannelRef {
        Ids.requireId(id, "channel id");
        label = Objects.requireNonNullElse(label, id).strip();
    }
}
