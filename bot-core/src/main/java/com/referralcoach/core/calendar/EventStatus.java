package com.referralcoach.core.calendar;

import java.util.Locale;

/** An event's STATUS; an event without one is confirmed. */
public enum EventStatus {
    CONFIRMED, TENTATIVE, CANCELLED;

    static EventStatus of(String value) {
        return switch (value.trim().toUpperCase(Locale.ROOT)) {
            case "CANCELLED", "CANCELED" -> CANCELLED;
            case "TENTATIVE" -> TENTATIVE;
            default -> CONFIRMED;
        };
    }
}
