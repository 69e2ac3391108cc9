package com.referralcoach.core.language;

import java.util.Objects;

/** "thanked Jane Doe": the rep thanked the referrer (a note, a call, a small gift card). */
public record RecordThanks(PersonRef referrer) implements Command {
    public RecordThanks {
        Objects.requireNonNull(referrer, "referrer");
    }
}
