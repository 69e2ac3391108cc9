package com.referralcoach.core.language;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A fixed moment for parser tests: Monday 23 November 2026, 10:00 in Berlin. */
final class ParserFixture {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, BERLIN);

    private ParserFixture() {
    }

    /** "2026-11-24T14:00" read in Berlin. */
    static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    static Command parse(String text) {
        return new ChatParser().parse(text, NOW);
    }
}
