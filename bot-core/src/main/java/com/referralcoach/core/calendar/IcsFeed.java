package com.referralcoach.core.calendar;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a feed holds for the window: its occurrences by start, how many events were skipped as malformed, the zone
 * names no zone was found for (their times were read in {@code zone}), the address that owns the feed when the feed
 * says so (Google's X-WR-CALNAME), and the feed's zone (floating and all-day times).
 */
public record IcsFeed(List<CalendarOccurrence> occurrences, int skippedEvents, Set<String> unknownZones,
        Optional<String> owner, ZoneId zone) {
    public IcsFeed {
        occurrences = occurrences.stream().sorted(Comparator.comparing(CalendarOccurrence::start)
                .thenComparing(CalendarOccurrence::uid)).toList();
        if (skippedEvents < 0) {
            throw new IllegalArgumentException("skipped events are counted from 0");
        }
        unknownZones = Set.copyOf(unknownZones);
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(zone, "zone");
    }
}
