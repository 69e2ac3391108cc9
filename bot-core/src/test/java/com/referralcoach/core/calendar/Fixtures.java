package com.referralcoach.core.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;

/** The ICS fixtures under calendar/ and the window the tests read them in (2 March to 1 April 2026, UTC). */
final class Fixtures {
    /** Holds the US (8 March) and the European (29 March) change to summer time. */
    static final FeedWindow WINDOW = FeedWindow.startingAt(Instant.parse("2026-03-02T00:00:00Z"));
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/calendar/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static IcsFeed feed(String name) {
        IcsReading reading = new IcsReader().read(bytes(name), WINDOW, NEW_YORK);
        if (reading instanceof IcsReading.Parsed parsed) {
            return parsed.feed();
        }
        throw new AssertionError(name + " was refused: " + reading);
    }
}
