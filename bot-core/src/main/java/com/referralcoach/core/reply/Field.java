package com.referralcoach.core.reply;

import java.util.Objects;

/** A labelled value in a reply, e.g. "Stage: contacted". */
public record Field(String label, String value) {
    public Field {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
