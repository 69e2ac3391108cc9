package com.referralcoach.core.language;

import java.time.ZonedDateTime;

/** Turns one chat message into a {@link Command}; pure, forgiving, case-insensitive, never throws. */
public final class ChatParser {

    /**
     * Parses {@code text}; relative and absolute times are read in {@code now}'s zone and returned as instants.
     */
    public Command parse(String text, ZonedDateTime now) {
        return new Unknown("help", "help");
    }
}
