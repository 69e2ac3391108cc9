package com.referralcoach.core.domain;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/** Identifies one reminder; its short {@link #code()} is what a rep types to snooze or cancel it. */
public record ReminderId(String value) {
    public ReminderId {
        Ids.requireId(value, "reminder id");
    }

    public static ReminderId random() {
        return new ReminderId(UUID.randomUUID().toString());
    }

    /** The same id every time for the same seed, so scheduling twice stores one reminder. */
    public static ReminderId of(String seed) {
        return new ReminderId(UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString());
    }

    /** Six characters a rep can type: "#3fa9c1". */
    public String code() {
        String hex = value.replace("-", "").toLowerCase(Locale.ROOT);
        return hex.length() <= 6 ? hex : hex.substring(hex.length() - 6);
    }

    @Override
    public String toString() {
        return value;
    }
}
