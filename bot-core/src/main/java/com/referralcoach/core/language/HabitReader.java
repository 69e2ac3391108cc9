package com.referralcoach.core.language;

import java.time.ZonedDateTime;
import java.util.Optional;

/** Reads the relationship habits: moments to ask, occasions, staying in touch, giving. */
final class HabitReader {
    private final MomentReader moments = new MomentReader();
    private final OccasionReader occasions = new OccasionReader();
    private final TouchReader touches = new TouchReader();

    Optional<Command> read(String text, ZonedDateTime now) {
        return touches.read(text, now)
                .or(() -> occasions.read(text))
                .or(() -> moments.read(text));
    }
}
