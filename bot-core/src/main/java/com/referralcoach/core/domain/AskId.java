package com.referralcoach.core.domain;

import java.util.UUID;

/** Identifies one stored ask. */
public record AskId(String value) {
    public AskId {
        Ids.requireId(value, "ask id");
    }

    public static AskId random() {
        return new AskId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
