package com.referralcoach.core.domain;

import java.util.UUID;

/** Identifies one stored meeting. */
public record MeetingId(String value) {
    public MeetingId {
        Ids.requireId(value, "meeting id");
    }

    public static MeetingId random() {
        return new MeetingId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
