package com.referralcoach.core.calendar;

import java.util.Locale;

/** An attendee's PARTSTAT: whether they said they come. */
public enum Participation {
    NEEDS_ACTION, ACCEPTED, DECLINED, TENTATIVE, DELEGATED, OTHER;

    static Participation of(String value) {
        return switch (value.trim().toUpperCase(Locale.ROOT)) {
            case "NEEDS-ACTION" -> NEEDS_ACTION;
            case "ACCEPTED" -> ACCEPTED;
            case "DECLINED" -> DECLINED;
            case "TENTATIVE" -> TENTATIVE;
            case "DELEGATED" -> DELEGATED;
            default -> OTHER;
        };
    }
}
