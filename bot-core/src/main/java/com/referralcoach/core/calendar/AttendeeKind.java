package com.referralcoach.core.calendar;

import java.util.Locale;

/** An attendee's CUTYPE: a person, or a room or resource that is booked, not met. */
public enum AttendeeKind {
    INDIVIDUAL, GROUP, RESOURCE, ROOM, UNKNOWN;

    static AttendeeKind of(String value) {
        return switch (value.trim().toUpperCase(Locale.ROOT)) {
            case "GROUP" -> GROUP;
            case "RESOURCE" -> RESOURCE;
            case "ROOM" -> ROOM;
            case "UNKNOWN" -> UNKNOWN;
            default -> INDIVIDUAL;
        };
    }
}
