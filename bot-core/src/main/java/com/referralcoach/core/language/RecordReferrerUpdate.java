package com.referralcoach.core.language;

import java.util.Objects;

/** "updated Jane Doe": the rep told the referrer how their leads are doing. */
public record RecordReferrerUpdate(PersonRef referrer) implements Command {
    public RecordReferrerUpdate {
        Objects.requireNonNull(referrer, "referrer");
    }
}
