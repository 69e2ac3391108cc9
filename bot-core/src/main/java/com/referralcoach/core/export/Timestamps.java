package com.referralcoach.core.export;

import com.referralcoach.core.domain.Rep;
import com.referralcoach.core.domain.RepId;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/** Instants as ISO 8601 with the offset of the rep's zone ("2026-11-23T10:00:00+01:00"), to the second. */
final class Timestamps {
    private final Map<RepId, Rep> reps;
    private final ZoneId fallback;

    Timestamps(Map<RepId, Rep> reps, ZoneId fallback) {
        this.reps = Map.copyOf(reps);
        this.fallback = fallback;
    }

    String of(RepId rep, Instant at) {
        ZoneId zone = Optional.ofNullable(reps.get(rep)).map(Rep::zone).orElse(fallback);
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
    }

    String of(RepId rep, Optional<Instant> at) {
        return at.map(instant -> of(rep, instant)).orElse("");
    }

    /** In the zone of who asked for the export (for what belongs to no one rep, like a contact). */
    String ofAsker(Instant at) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.truncatedTo(ChronoUnit.SECONDS).atZone(fallback));
    }

    String repName(RepId rep) {
        return Optional.ofNullable(reps.get(rep)).map(Rep::displayName).orElse(rep.value());
    }
}
